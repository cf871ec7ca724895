// General rules added for what the blind held-out sets 82–86 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, guess, lang } from './ruleSamples';

describe('held-out 82–86 rules: code blocks', () => {
  it('ends a YAML document at a `[Section]` line after a blank line: the next file shown', () => {
    assert.deepEqual(blocks([
      'The agent configuration and its service unit:',
      '',
      'listen: 0.0.0.0:9100',
      'targets:',
      '  - name: edge-1',
      '',
      '[Unit]',
      'Description=Edge agent',
      '',
      '[Service]',
      'ExecStart=/usr/local/bin/edge-agent --config /etc/edge/agent.yml',
      '',
      'Enable the unit.',
    ]), [[3, 5, 'yaml'], [7, 11, 'ini']]);
  });
});

describe('held-out 82–86 rules: what build tools print', () => {
  it('takes Gradle\'s task lines and verdict as output, not a quoted mail', () => {
    assert.deepEqual(blocks(['Most tasks come from the cache:', '', '> Task :app:compileJava FROM-CACHE', '> Task :app:classes UP-TO-DATE', '> Task :app:test FROM-CACHE', '',
      'BUILD SUCCESSFUL in 41s', '7 actionable tasks: 1 executed, 6 from cache', '', 'The build took under a minute.']), [[3, 8, 'plaintext']]);
  });

  it('takes Maven\'s dependency tree as output', () => {
    assert.deepEqual(blocks(['The tree shows the versions chosen:', '', 'com.example:shop:jar:2.0.0', '+- org.example:client:jar:3.1.4:compile', '|  \\- org.example:core:jar:3.1.4:compile',
      '\\- org.example:logging:jar:1.9.0:runtime', '', 'Everything comes from one release.']), [[3, 6, 'plaintext']]);
  });
});

describe('held-out 82–86 rules: languages', () => {
  it('reads a file that opens with `using Pascal.Case;` as C#, whatever else it resembles', () => {
    assert.equal(lang(['using Amazon.SQS;', 'using Billing;', '', 'var builder = Host.CreateApplicationBuilder(args);', 'builder.Services.AddHostedService<Worker>();', 'builder.Build().Run();']), 'csharp');
    assert.equal(lang(['using System.Collections.Generic;', 'using UnityEngine;', '', 'public class Spawner : MonoBehaviour', '{', '    [SerializeField] private int count = 4;', '}']), 'csharp');
    // C++ writes `using namespace`.
    assert.notEqual(lang(['using namespace std;', '', 'int main() {', '  cout << "hi";', '}']), 'csharp');
  });

  it('reads Java statements by typed locals from getters and java.time durations', () => {
    assert.equal(lang(['StateBackend backend = new HashMapStateBackend();', 'env.setStateBackend(backend);', '', 'CheckpointConfig config = env.getCheckpointConfig();',
      'config.setCheckpointTimeout(Duration.ofMinutes(2).toMillis());']), 'java');
  });

  it('reads Hive and Spark `INSERT OVERWRITE TABLE` as SQL', () => {
    assert.equal(lang(['INSERT OVERWRITE TABLE daily.totals', 'PARTITION (dt)', 'SELECT city, sum(amount), dt', 'FROM raw.orders', 'GROUP BY city, dt']), 'sql');
  });

  it('reads backup and HPC tools as shell commands: rclone, b2, salloc, mpirun, module', () => {
    assert.deepEqual(guess(['rclone config create archive b2 account=<keyID> key=<applicationKey>']), { lang: 'shellscript', kind: 'command' });
    assert.deepEqual(guess(['module load openmpi5', 'salloc --nodes=2 --exclusive', 'mpirun -np 192 ./stencil -n 4096']), { lang: 'shellscript', kind: 'command' });
  });

  it('reads a program given by its path and continued over option lines as one shell command', () => {
    assert.deepEqual(guess(['./Tools/build-server.sh Package -project="$HOME/Game/Game.uproject" \\', '  -platform=Linux -server \\', '  -cook -stage -archive']),
      { lang: 'shellscript', kind: 'command' });
  });

  it('reads a benchmark report, a header behind "#" over rows of numbers, as output, not Python', () => {
    assert.deepEqual(guess(['# Ping-pong latency test v2.1', '# Size    Latency(us)', '8         1.92', '64        2.05', '1024      3.40']), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['# scale the input', 'x = 2 * y', 'print(x)']), 'python');
  });

  it('reads Unreal Engine configuration (`[/Script/…]` sections, `+Key=(…)` entries) as INI', () => {
    assert.equal(lang(['[/Script/Engine.Engine]', '+ActiveGameNameRedirects=(OldGameName="Old",NewGameName="/Script/New")', '', '[/Script/Engine.GameNetworkManager]', 'TotalNetBandwidth=64000']), 'ini');
  });

  it('does not read a header name in a string ("Set-Cookie") as a PowerShell cmdlet', () => {
    assert.equal(lang(['if (response.headers.has("Set-Cookie")) {', '  return response;', '}']), 'javascript');
    assert.equal(lang(['Get-ChildItem -Path C:\\logs | Remove-Item']), 'powershell');
  });
});
