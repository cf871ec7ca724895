// General rules added for what the blind held-out sets 46–50 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang, post } from './ruleSamples';

describe('held-out 46–50 rules: code blocks', () => {
  it("takes uniq -c's indented counts as a box, and ends the command above them at the blank line", () => {
    assert.deepEqual(bounds(['The status codes of the test run:', '', '     41 200', '      6 503', '', 'The 503s came from one node.']), [[3, 4]]);
    assert.deepEqual(bounds([
      'Count the errors by code:',
      '',
      "cut -d ' ' -f 9 access.log | sort | uniq -c",
      '',
      '    118 200',
      '      9 404',
      '',
      'Most requests succeed.',
    ]), [[3, 3], [5, 6]]);
    // An indented number list under a lead-in has full stops: a list, not counts.
    assert.deepEqual(bounds(['Steps:', '', '  1. Open the console.', '  2. Choose the table.', '', 'Done.']), []);
  });

  it("keeps a dbt log's bare time stamps in the log", () => {
    assert.deepEqual(bounds(['The run ends like this:', '', '10:02:11  Running with dbt=1.8.7', '10:02:12', '10:02:40  Finished running 4 table models.', '10:02:40  Done. PASS=4 ERROR=0', '', 'All four built.']),
      [[3, 6]]);
  });

  it("takes a YAML document indented under a step that ends with ':'", () => {
    assert.deepEqual(blocks([
      'Then:',
      '',
      '  1. Set the service name as environment variables in the Globals section of your template:',
      '    Globals:',
      '      Function:',
      '        Environment:',
      '          Variables:',
      '            SERVICE_NAME: invoice-renderer',
      '            LOG_LEVEL: INFO',
      '  2. Deploy it.',
    ]), [[4, 9, 'yaml']]);
    // Prose under such a step is the step's text.
    assert.deepEqual(bounds(['Then:', '', '  1. Open the template and look for this:', '    the Globals section sets defaults for every function.', '  2. Deploy it.']), []);
  });

  it("takes a known tool's command right under its lead-in, its quoted SQL notwithstanding, and a box-drawn table after it", () => {
    assert.deepEqual(blocks([
      'To count the rows, ask the database directly:',
      'npx wrangler d1 execute shop-db --remote --command "SELECT COUNT(*) AS n FROM orders"',
      '',
      '┌──────┐',
      '│ n    │',
      '├──────┤',
      '│ 1290 │',
      '└──────┘',
      '',
      'That matches the export.',
    ]), [[2, 2, 'shellscript'], [4, 8, 'plaintext']]);
  });

  it('splits SET and VACUUM statements glued to the end of a sentence', () => {
    assert.equal(post(['To favour recall, raise the value for your session:SET ivfflat.probes = 10;', '', 'Then query.']).codeBlocks[0].code, 'SET ivfflat.probes = 10;');
    assert.equal(post(['  1. When the load is done, reclaim the space:VACUUM shop.orders;', '', 'Then query.']).codeBlocks[0].code, 'VACUUM shop.orders;');
    assert.deepEqual(bounds(['The choice is simple:SET the value once and leave it', '', 'Then query.']), []);
  });

  it('splits a known tool glued after an upper-case word', () => {
    const block = post(['To run the batch, pass the file to the CLI:aws dynamodb batch-write-item --request-items file://items.json', '', 'It returns the unprocessed items.']).codeBlocks[0];
    assert.equal(block.code, 'aws dynamodb batch-write-item --request-items file://items.json');
  });
});

describe('held-out 46–50 rules: sessions and languages', () => {
  it('reads redis-cli and mongosh sessions by their prompts', () => {
    assert.deepEqual(guess(['cache.example.com:6379> INCR visits:home', '(integer) 41', 'cache.example.com:6379> TTL visits:home', '(integer) -1']), { lang: 'plaintext', kind: 'output' });
    assert.deepEqual(guess(['rs0 [direct: primary] shop> db.carts.countDocuments()', '12']), { lang: 'javascript', kind: 'output' });
    assert.equal(post(['Try it:', '', 'cache.example.com:6379> INCR visits:home', '(integer) 41', '', 'It counts.']).codeBlocks[0].hasPrompts, true);
  });

  it("reads the MongoDB shell's collection calls as JavaScript and a Gremlin traversal as plain text", () => {
    assert.equal(lang(['db.carts.find({ userId: "u-17" }).sort({ updatedAt: -1 })']), 'javascript');
    assert.equal(lang(["g.V().has('city', 'name', 'Porto').out('road').limit(3)"]), 'plaintext');
  });

  it('reads PREPARE … AS and an UPDATE of a quoted table as SQL, and a Jinja config over lines before a query', () => {
    assert.equal(lang(['PREPARE nearest(vector) AS', 'SELECT id FROM items ORDER BY embedding <-> $1 LIMIT 5;']), 'sql');
    assert.equal(lang(['UPDATE "Orders"', "SET status = 'shipped'", "WHERE id = 'o-1'"]), 'sql');
    assert.equal(lang(['{{ config(', "    materialized='incremental',", "    unique_key='id'", ') }}', '', 'select id, total', "from {{ ref('stg_orders') }}"]), 'sql');
  });

  it("reads a module's decorator alone as Python and CDK grants with semicolons as TypeScript CDK", () => {
    assert.equal(lang(['@tracer.capture_method(capture_response=False)']), 'python');
    assert.deepEqual(guess(['ordersTable.grantReadWriteData(handler);', 'bus.grantPutEventsTo(handler);']), { lang: 'typescript', kind: 'cdk' });
    assert.equal(lang(['orders_table.grant_read_write_data(handler)']), 'python');
  });
});
