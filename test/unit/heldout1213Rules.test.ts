// General rules added for what the blind held-out sets 12 and 13 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang, post, rowNames } from './ruleSamples';

describe('held-out 12 and 13 rules: languages', () => {
  it('names SQL that starts with WITH RECURSIVE or a MySQL DELIMITER line', () => {
    assert.equal(lang(['WITH RECURSIVE tree AS (', '  SELECT id, parent_id FROM shop.categories WHERE parent_id IS NULL', '  UNION ALL', '  SELECT c.id, c.parent_id FROM shop.categories c JOIN tree t ON c.parent_id = t.id', ')', 'SELECT count(*) FROM tree;']), 'sql');
    assert.equal(lang(['DELIMITER //', 'CREATE PROCEDURE shop.touch(IN p_id INT)', 'BEGIN', '  UPDATE shop.items SET touched_at = NOW() WHERE id = p_id;', 'END //', 'DELIMITER ;']), 'sql');
  });

  it('names Scala with imports and `def main(…): Unit =`, not Python', () => {
    assert.equal(lang([
      'import org.apache.spark.sql.SparkSession',
      'import org.apache.spark.sql.functions._',
      '',
      'object DailyTotals {',
      '  def main(args: Array[String]): Unit = {',
      '    val spark = SparkSession.builder.appName("daily-totals").getOrCreate()',
      '    spark.read.parquet(args(0)).groupBy(col("day")).count().show()',
      '  }',
      '}',
    ]), 'scala');
    assert.equal(lang(['import json', 'import sys', '', 'def main(args):', '    value = json.load(sys.stdin)', '    print(value)']), 'python');
  });

  it('calls pip requirements plain text, not INI', () => {
    assert.deepEqual(guess(['boto3==1.35.2', 'pandas>=2.2,<3', 'pyarrow==17.0.0']), { lang: 'plaintext', kind: null });
    assert.equal(lang(['[server]', 'port = 8080', 'workers = 4']), 'toml');
  });

  it('calls lines that all start with the same label output, not YAML', () => {
    assert.deepEqual(guess(['orphaned: build-cache-old.example.com', 'orphaned: preview-42.example.com', 'orphaned: test-eu.example.com']), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['name: build-cache', 'region: eu-west-1', 'replicas: 2']), 'yaml');
  });

  it('names a shell loop on one line shell', () => {
    assert.deepEqual(guess(['mpremote connect /dev/ttyACM0 repl | while read -r line; do echo "$(date -Iseconds),$line"; done >> readings.csv']), { lang: 'shellscript', kind: 'command' });
  });
});

describe('held-out 12 and 13 rules: code blocks', () => {
  it('takes one-line commands with identifiers, quotes and pipes after a lead-in, but not a version heading', () => {
    assert.deepEqual(blocks(['Check the temperature. Run:', '', 'vcgencmd measure_volts', '', 'It prints one line.']), [[3, 3, 'shellscript']]);
    assert.deepEqual(bounds(['Watch both values while the test runs:', '', "watch -n 2 'vcgencmd measure_clock arm; vcgencmd get_throttled'", '', 'Stop it with Ctrl+C.']), [[3, 3]]);
    assert.deepEqual(blocks(['The release notes list these changes:', '', 'v3.1.0 (2025-06-01)', '', '  • Faster start-up.']), []);
  });

  it('ends a session at prose wrapped around an inline element, before the diff that follows', () => {
    assert.deepEqual(bounds([
      'The series adds one command:',
      '',
      '$ git maintenance start',
      '$ git config --get maintenance.auto',
      'false',
      '',
      'The change to',
      'builtin/gc.c',
      'in the series is small; it adds one call after the repository is opened:',
      '',
      '--- a/builtin/gc.c',
      '+++ b/builtin/gc.c',
      '@@ -10,3 +10,4 @@ int cmd_gc(int argc, const char **argv)',
      ' \tprepare_repo();',
      '+\tschedule_maintenance(the_repository);',
      ' \treturn 0;',
    ]), [[3, 5], [11, 16]]);
  });

  it('keeps psql continuation prompts from opening brackets, so two sessions stay two', () => {
    assert.deepEqual(bounds([
      'Create the table:',
      '',
      'shop=> CREATE TABLE orders (',
      'shop(>   id bigint NOT NULL,',
      'shop(>   total numeric(10,2)',
      'shop(> );',
      'CREATE TABLE',
      '',
      '',
      'Then look at its columns:',
      '',
      "shop=> SELECT column_name FROM information_schema.columns WHERE table_name = 'orders';",
      ' column_name',
      '-------------',
      ' id',
      ' total',
      '(2 rows)',
    ]), [[3, 7], [12, 17]]);
  });

  it('keeps a routine clause shaped like a heading (`LANGUAGE plpgsql`) in its statement', () => {
    assert.deepEqual(bounds([
      'The procedure is short:',
      '',
      "CREATE OR REPLACE PROCEDURE shop.prune(p_keep interval DEFAULT '90 days')",
      'LANGUAGE plpgsql',
      'AS $$',
      'BEGIN',
      '  DELETE FROM shop.events WHERE created_at < now() - p_keep;',
      'END;',
      '$$;',
    ]), [[3, 9]]);
  });

  it('keeps a triple-quoted prompt template and a string constant inside the Python block', () => {
    assert.deepEqual(blocks([
      'The script builds one request per item:',
      '',
      'import json',
      '',
      'TEMPLATE = """You write short product descriptions for a garden shop.',
      'Use a plain tone. Do not mention prices.',
      '',
      'Item: {name}',
      'Return only the description."""',
      '',
      'SYSTEM = "You never mention competitors or discounts in any description you write."',
      '',
      'with open("requests.jsonl", "w") as out:',
      '    for item in items:',
      '        out.write(json.dumps({"prompt": TEMPLATE.format(name=item)}) + "\\n")',
    ]), [[3, 15, 'python']]);
  });
});

describe('held-out 12 and 13 rules: glued statements', () => {
  it('splits a CALL or MERGE statement glued after a colon, and leaves a sentence that names one alone', () => {
    assert.deepEqual(blocks(["To load one day, run the following statement:CALL dw.load_day('2025-03-14');"]).map(([first, , language]) => [first, language]), [[1, 'sql']]);
    assert.deepEqual(blocks(['Then merge the staged rows:MERGE INTO dw.customers c USING stage.customers s ON c.id = s.id WHEN MATCHED THEN UPDATE SET name = s.name;']).map(([first, , language]) => [first, language]), [[1, 'sql']]);
    assert.deepEqual(blocks(['The last step is simple:CALL your manager and tell her it is done.']), []);
  });

  it('takes a glued statement on through the clauses of the lines after it, up to its ";"', () => {
    assert.deepEqual(blocks([
      'To compare both sides, run this on the replica:SELECT sha256(string_agg(order_id::text, \',\' ORDER BY order_id))',
      'FROM shop.orders',
      "WHERE placed_at < DATE '2025-01-01';",
      '',
      'The two sums must match.',
    ]), [[1, 3, 'sql']]);
    assert.equal(post(['Count them first:SELECT count(*)', 'FROM shop.orders;']).codeBlocks[0].code, 'SELECT count(*)\nFROM shop.orders;');
    // The next line is prose, so the statement ends with its own line.
    assert.deepEqual(bounds(['Check the totals:SELECT sum(amount_cents) FROM shop.payments;', 'From the numbers you can see the drift.']), [[1, 1]]);
    assert.deepEqual(blocks(['Pick the plan from the list:SELECT the cheapest one that fits.']), []);
  });
});

describe('held-out 12 and 13 rules: announced output', () => {
  it('takes a short paragraph a lead-in says a tool prints, and leaves the same lead-in before prose-like lines', () => {
    assert.deepEqual(blocks([
      'The deploy command prints a short summary:',
      '',
      'Total Upload: 1.20 KiB / gzip: 0.61 KiB',
      'Uploaded image-resizer (2.03 sec)',
      'Published image-resizer (0.47 sec)',
      '  img.example.org/*',
      '',
      'The Worker now answers on that route.',
    ]).map(([first, last]) => [first, last]), [[3, 6]]);
    assert.deepEqual(blocks([
      'The dashboard displays two figures for each route:',
      '',
      'Requests per second',
      'Median latency in milliseconds',
      '',
      'Both are averaged over a minute.',
    ]), []);
  });
});

describe('held-out 9 leftovers: PromQL', () => {
  it('takes a query of metrics selected by their labels, over three lines, and leaves a sentence that quotes one', () => {
    assert.deepEqual(blocks([
      'We alert on the share of failed checkouts, per region.',
      '',
      'sum by (region) (checkout_requests_total{status=~"5.."})',
      '  /',
      'sum by (region) (rate(checkout_requests_total{service="cart"}[10m]))',
      '',
      'The alert fires above two percent.',
    ]), [[3, 5, 'plaintext']]);
    assert.deepEqual(blocks(['The panel filters on the label, as in checkout_requests_total{status="500"}, so that only failures count.']), []);
  });
});

describe('held-out 12 and 13 rules: tables', () => {
  it('rebuilds an announced table whose first column holds lower-case identifiers', () => {
    const rows = rowNames([
      'The audit table has the following columns.',
      '',
      ...['Column', 'Type', 'Purpose', 'event_id', 'BIGINT IDENTITY', 'One row per change, never reused',
        'actor_id', 'VARCHAR(32)', 'Who made the change, from the identity provider', 'changed_at', 'TIMESTAMPTZ', 'When the change was committed']
        .flatMap(t => [t, '']),
      'Queries usually filter on changed_at.',
    ]);
    assert.deepEqual(rows, [['Column', 'event_id', 'actor_id', 'changed_at']]);
  });
});
