// General rules added for what the blind held-out sets 51–55 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang, post } from './ruleSamples';

describe('held-out 51–55 rules: code blocks', () => {
  it('splits REFRESH MATERIALIZED VIEW glued to the end of a sentence', () => {
    assert.equal(post(['To refresh it now, run:REFRESH MATERIALIZED VIEW sales.daily_totals;', '', 'It takes a minute.']).codeBlocks[0].code, 'REFRESH MATERIALIZED VIEW sales.daily_totals;');
  });

  it("takes the CLI's error line and a program run from the home folder right under their lead-in", () => {
    assert.deepEqual(bounds(['Try a prefix that belongs to another team. The call is refused:',
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: Access Denied', '', 'That is the point.']), [[2, 2]]);
    assert.deepEqual(blocks(['Run the script once by hand:', '~/sensors/venv/bin/python ~/sensors/read.py --once', '', 'It prints one reading.']), [[2, 2, 'shellscript']]);
    // A sentence under a lead-in is prose.
    assert.deepEqual(bounds(['Here is the catch:', 'An error occurred to us only later, when the bill came.', '', 'We fixed it.']), []);
  });

  it("takes a tool's status lines with emoji as a box", () => {
    assert.deepEqual(bounds(['Apply the schema:', '', 'npx wrangler d1 execute shop-db --remote --file=./schema.sql', '', '🌀 Executing on remote database shop-db:',
      '🚣 Executed 3 queries in 0.52ms (5 rows written)', '   Database is at bookmark 00000002-0000000a', '', 'The tables are there.']), [[3, 3], [5, 7]]);
    // One line with an emoji is a sentence's decoration.
    assert.deepEqual(bounds(['Launch day:', '', '🚀 We shipped the new editor today, and it is fast.', '', 'Try it.']), []);
  });

  it('ends announced output at a short lead-in of its own', () => {
    assert.deepEqual(bounds([
      'To mount it again after a reboot, add this line to /etc/fstab:',
      '',
      'fs-0a1b2c3d4e5f67890:/ /mnt/reports efs _netdev,noresvport,tls,iam,accesspoint=fsap-0123456789abcdef0 0 0',
      '',
      'Check the mount:',
      '',
      'df -hT /mnt/reports',
      '',
      'Filesystem     Type  Size  Used Avail Use% Mounted on',
      '127.0.0.1:/    nfs4  8.0E     0  8.0E   0% /mnt/reports',
      '',
      'Done.',
    ]).some(([first, last]) => first <= 5 && last >= 5), false);
  });

  it('takes what an unprompted command printed a blank line under it, with no lead-in between', () => {
    assert.deepEqual(bounds([
      'Run the publisher with the endpoint of your account:',
      '',
      'python3 publish.py --endpoint a1b2c3-ats.iot.eu-west-1.amazonaws.com --site north',
      '',
      'Connecting to a1b2c3-ats.iot.eu-west-1.amazonaws.com with client ID north-7...',
      'Connected!',
      'Published to sites/north/telemetry: {"t": 21.4}',
      '',
      'Each reading arrives a few seconds apart.',
    ]), [[3, 3], [5, 7]]);
    // A one-line paragraph of prose under a command stays prose.
    assert.deepEqual(bounds(['Run it:', '', 'python3 publish.py --endpoint a1b2c3-ats.iot.eu-west-1.amazonaws.com', '', 'It connects and publishes one reading.', '', 'That is all.']), [[3, 3]]);
  });

  it('ends code at markup after a blank line: the next file shown', () => {
    assert.deepEqual(blocks([
      'The handler:',
      '',
      'public class Handler {',
      '    public String handle(String input) {',
      '        return input.trim();',
      '    }',
      '}',
      '',
      '<dependency>',
      '    <groupId>com.example</groupId>',
      '    <artifactId>trimmer</artifactId>',
      '</dependency>',
      '',
      'Add it to your pom.xml.',
    ]), [[3, 7, 'java'], [9, 12, 'xml']]);
  });
});

describe('held-out 51–55 rules: languages', () => {
  it('reads a program run by its path with arguments as a command', () => {
    assert.deepEqual(guess(['~/tools/bin/report ~/data/in.csv out.csv']), { lang: 'shellscript', kind: 'command' });
  });

  it("reads boto3's keyword arguments a line each, and a dict assigned to a name, as Python", () => {
    assert.equal(lang(['runtime.invoke_endpoint(', '    EndpointName="churn-ep",', '    ContentType="application/json",', '    Body=payload,', ')']), 'python');
    assert.equal(lang(['retrieval_config = {', '    "numberOfResults": 5,', '    "overrideSearchType": "HYBRID",', '}']), 'python');
    assert.equal(lang(['const retrievalConfig = {', '  numberOfResults: 5,', '};']), 'javascript');
  });
});
