// General rules added for what the blind held-out sets 77–81 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, guess, lang, rowNames } from './ruleSamples';

describe('held-out 77–81 rules: code blocks', () => {
  it('takes log lines stamped `yy/MM/dd HH:mm:ss LEVEL` (Spark) and `[Wed Aug 14 14:12:07 2024]` (dmesg -T) as output', () => {
    assert.deepEqual(blocks([
      'The driver log said why:',
      '',
      '25/02/11 03:40:12 ERROR Executor: Exception in task 3.0 in stage 7.0 (TID 991)',
      '25/02/11 03:40:12 WARN BlockManager: Block rdd_42_3 could not be removed as it was not found on disk or in memory',
      '',
      'The kernel log agreed:',
      '',
      '[Tue Feb 11 03:40:09 2025] Out of memory: Killed process 88211 (java) total-vm:9123456kB',
      '[Tue Feb 11 03:40:10 2025] oom_reaper: reaped process 88211 (java), now anon-rss:0kB',
      '',
      'We raised the memory overhead.',
    ]), [[3, 4, 'plaintext'], [8, 9, 'plaintext']]);
    // A sentence that starts with a date is prose.
    assert.deepEqual(blocks(['History.', '', '25/02/11 was the day we first saw the error in production, and it took us a week to find it.', '', 'Then we fixed it.']), []);
  });

  it('takes lines of one tool under a lead-in as commands, marked or not; a block of them is commands when half are marked', () => {
    assert.deepEqual(blocks(['Build the package and publish it:', '', 'pdk package build', 'pdk package publish', '', 'The new version shows up.']), [[3, 4, 'plaintext']]);
    assert.deepEqual(guess(['picotool load main.uf2 -f', 'picotool reboot']), { lang: 'shellscript', kind: 'command' });
    // Two lines of a word list under a lead-in start with different words: no tool.
    assert.deepEqual(blocks(['We tried three names:', '', 'blue harbor', 'green harbor', '', 'None stuck.']), []);
  });

  it('takes a line that starts with the program the lead-in names as its command, however long its query', () => {
    const query = `"${'SELECT region, count() AS n FROM events WHERE day = today() GROUP BY region ORDER BY n DESC '.repeat(3)}LIMIT 5"`;
    assert.deepEqual(blocks(['We counted them with clickhouse-client:', '', `clickhouse-client --host ch-7 --query ${query} --format Pretty`, '', 'Most came from one region.']),
      [[3, 3, 'shellscript']]);
    assert.deepEqual(blocks(['Watch the readings arrive with mqtt-sub:', '', "mqtt-sub -h localhost -t 'garden/#' -v", '', 'Each reading shows up.']), [[3, 3, 'shellscript']]);
    // A line that does not start with the named program is not taken for it.
    assert.deepEqual(blocks(['We counted them with clickhouse-client:', '', 'almost all of them came from one region, as expected by everyone', '', 'Fine.']), []);
  });

  it('takes the aligned result rows after a query and a blank line as a box of their own', () => {
    assert.deepEqual(blocks(['Query the table:', '', 'SELECT host, status, hits', 'FROM access_log', 'ORDER BY hits DESC', 'LIMIT 2;', '',
      'host        status  hits', 'web-1       200     91822', 'web-2       503     1204', '', 'One host fails.']), [[3, 6, 'sql'], [8, 10, 'plaintext']]);
  });

  it('starts a block at a `#` comment that names a file by its path, over `key value` settings', () => {
    assert.deepEqual(blocks(['The bridge is configured like this:', '', '# /etc/relay/conf.d/uplink.conf', 'connection uplink-1', 'address broker.example.com:8883',
      'keepalive_interval 30', 'topic plant/# out 1', 'topic plant/cmd/# in 1', '', 'Restart the relay after editing it.']), [[3, 8, 'plaintext']]);
    assert.equal(lang(['# sshd_config', 'port 2222', 'permitrootlogin no', 'passwordauthentication no']), 'plaintext');
    // Commands of one tool repeat it: no settings.
    assert.notEqual(lang(['gdk component build', 'gdk component publish', 'gdk component list']), 'ini');
  });

  it('takes two spaces after the first word as a printed column, not a command of that word', () => {
    assert.deepEqual(guess(['upload  media/a.jpg', 'upload  media/b.jpg', 'upload  media/c.jpg']), { lang: 'plaintext', kind: 'output' });
  });
});

describe('held-out 77–81 rules: languages', () => {
  it('names a block by the file its first comment names, when the comment is that language\'s', () => {
    assert.equal(lang(['// OrderEntity.kt', '@Entity(tableName = "orders")', 'data class OrderEntity(', '    val id: Long,', '    val note: String?,', ')']), 'kotlin');
    assert.equal(lang(['/* board_config.h */', '#ifndef BOARD_CONFIG_H', '#define BOARD_CONFIG_H', '#define LED_PIN 25', '#endif']), 'c');
    // The rest of the file still says its kind.
    assert.deepEqual(guess(['// lib/queue-stack.ts', "import * as cdk from 'aws-cdk-lib';", "import * as sqs from 'aws-cdk-lib/aws-sqs';", '',
      'export class QueueStack extends cdk.Stack {', '  constructor(scope: cdk.App, id: string) {', '    super(scope, id);', "    new sqs.Queue(this, 'Jobs');", '  }', '}']),
    { lang: 'typescript', kind: 'cdk' });
    // A `#` comment cannot stand in a Kotlin file: the name alone does not decide.
    assert.notEqual(lang(['# OrderEntity.kt', 'apiVersion: v1', 'kind: ConfigMap']), 'kotlin');
  });

  it('reads GraphQL types with directives (`type Store @model @auth(…) {`) as GraphQL', () => {
    assert.equal(lang(['type Shelf @model @auth(rules: [{ allow: owner }]) {', '  id: ID!', '  label: String!', '  books: [Book] @hasMany', '}']), 'graphql');
  });

  it('reads a DuckDB session (`D SELECT …` over its box) as SQL with output', () => {
    assert.deepEqual(guess(['D SELECT city, count(*) AS n FROM trips GROUP BY city;', '┌────────┬───┐', '│  city  │ n │', '├────────┼───┤', '│ Sofia  │ 4 │', '└────────┴───┘']), { lang: 'sql', kind: 'output' });
  });

  it('reads `net use` with a drive or share as a Windows command', () => {
    assert.deepEqual(guess(['net use Y: \\\\files01\\teams /user:CORP\\svc-copy']), { lang: 'powershell', kind: 'command' });
    assert.notEqual(guess(['net use of the money was small']).kind, 'command');
  });

  it('names a TypeScript CDK fragment by an imported construct (`Key.fromKeyArn(this, …)`) and a resource policy', () => {
    assert.deepEqual(guess(["const key = kms.Key.fromKeyArn(this, 'Key', keyArn);", '', 'key.addToResourcePolicy(new iam.PolicyStatement({', "  actions: ['kms:Decrypt'],",
      "  principals: [new iam.ServicePrincipal('cloudfront.amazonaws.com')],", '}));']), { lang: 'typescript', kind: 'cdk' });
  });

  it('reads CMake build commands as shell commands', () => {
    assert.deepEqual(guess(['cmake -S . -B out -G Ninja', 'cmake --build out --target firmware', './out/firmware --version']), { lang: 'shellscript', kind: 'command' });
  });
});

describe('held-out 77–81 rules: tables', () => {
  it('reads a label that starts with a number ("64K random write") as a label beside measures', () => {
    assert.deepEqual(rowNames(['Compared with last year:', '', ...cells('Test', 'New', 'Old', '64K random write', '1.2M', '0.9M', '1M sequential read', '14 GB/s', '11 GB/s',
      'Kernel build', '88 s', '120 s'), 'A clear gain.']), [['Test', '64K random write', '1M sequential read', 'Kernel build']]);
    // A duration in two parts is one quantity.
    assert.deepEqual(rowNames(['Reload times:', '', ...cells('Rows', 'Full', 'Incremental', '1 million', '41 minutes', '2 minutes', '10 million', '3 hours 12 minutes', '9 minutes',
      '25 million', '7 hours 50 minutes', '21 minutes'), 'Much faster.']), [['Rows', '1 million', '10 million', '25 million']]);
  });
});
