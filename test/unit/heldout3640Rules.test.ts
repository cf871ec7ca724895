// General rules added for what the blind held-out sets 36–40 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang } from './ruleSamples';

describe('held-out 36–40 rules: code blocks', () => {
  it('takes the one line a program printed when the lead-in says that it prints, shows or returns it', () => {
    assert.deepEqual(bounds(['Start the export:', '', 'aws rds start-export-task --export-task-identifier nightly-7', '', 'When the export is done, the command prints:', '', '"COMPLETE"', '', 'Then copy the files.']),
      [[3, 3], [7, 7]]);
    assert.deepEqual(bounds(['If the key is wrong, the agent log shows a line like the following:', '', 'FATAL: key ring rejected for node edge-3', '', 'Replace the key and restart.']), [[3, 3]]);
    assert.deepEqual(bounds(['The gateway turns the call down and returns the message from the validator:', '', 'Rejected (Policy): request to orders-v2 carries no tenant header', '', 'Add the header.']), [[3, 3]]);
    assert.deepEqual(bounds(['You should see output similar to the following:', '', 'Rows copied: 1200 Rows skipped: 3', '', 'Check the skipped rows.']), [[3, 3]]);
    // A lead-in that announces no printing leaves its one-line paragraph to prose.
    assert.deepEqual(bounds(['The rule we settled on is simple:', '', 'Rows copied: 1200 Rows skipped: 3', '', 'Check the skipped rows.']), []);
  });

  it('runs a program named by a relative path with long options as a command', () => {
    assert.deepEqual(blocks(['Create the stream first:', '', 'bin/stream-admin.sh --broker $BROKER --create --name orders-raw --shards 4', '', 'It takes a few seconds.']),
      [[3, 3, 'shellscript']]);
  });

  it('ends a command at a blank line when tab-separated columns follow it', () => {
    assert.deepEqual(bounds([
      'List the aliases:',
      '',
      "aws kms list-aliases --query 'Aliases[].[AliasName,join(`,`,TargetKeyId)]' --output text",
      '',
      'orders-key\tkey-1a2b\tactive',
      'reports-key\tkey-3c4d\tactive',
      '',
      'Both aliases point at live keys.',
    ]), [[3, 3], [5, 6]]);
  });

  it('ends commands that take files at a blank line before what they printed', () => {
    assert.deepEqual(bounds([
      'Compare the two runs:',
      '',
      'benchcmp before.txt after.txt',
      '',
      'cpu: Example CPU @ 2.40GHz',
      'Parse-8   1200 ns/op   900 ns/op   -25%',
      '',
      'The parse got a quarter faster.',
    ]), [[3, 3], [5, 6]]);
  });
});

describe('held-out 36–40 rules: languages', () => {
  it('reads an UPDATE of a schema-qualified table as SQL, and a dbt model under its Jinja config', () => {
    assert.equal(lang(['UPDATE billing.invoice_runs', "   SET status = 'closed'", " WHERE run_month = '2024-05';"]), 'sql');
    assert.equal(lang(['-- models/marts/fct_refunds.sql', "{{ config(materialized='table') }}", '', 'select', '    refund_id,', '    amount_cents / 100.0 as amount', "from {{ ref('stg_refunds') }}"]), 'sql');
  });

  it('tells Rust by its mutable borrow, even behind a std:: path', () => {
    assert.equal(lang(['std::mem::swap(&mut left, &mut right);']), 'rust');
    assert.equal(lang(['std::sort(items.begin(), items.end());']), 'cpp');
  });

  it("tells Go by a package's exported constructor assigned to a field", () => {
    assert.equal(lang(['srv.ReadTimeout = time.NewTicker(5)']), 'go');
    assert.notEqual(lang(['read_timeout = 5']), 'go');
  });

  it('reads a kernel call that passes a member address as C', () => {
    assert.equal(lang(['\tmod_timer_bounded(system_wq, &dev->poll_timer, msecs_to_jiffies(250));']), 'c');
  });

  it('reads a command whose quoted argument runs over lines as a shell command', () => {
    assert.deepEqual(guess(['sudo bpftrace -e \'', 'kprobe:vfs_read { @reads[comm] = count(); }', "'"]), { lang: 'shellscript', kind: 'command' });
  });

  it('reads a one-line command with a short option as a command, a lone JSON string as JSON output', () => {
    assert.deepEqual(guess(['ss -tn state established | wc -l']), { lang: 'shellscript', kind: 'command' });
    assert.deepEqual(guess(['"ACTIVE"']), { lang: 'json', kind: 'output' });
  });

  it('reads a call over keyword arguments as Python, not INI', () => {
    assert.equal(lang(['model = trainer.fit(', '    epochs=3,', '    batch_size=16,', ')', '', 'score = model.evaluate("valid.jsonl")']), 'python');
    assert.equal(lang(['epochs = 3', 'batch_size = 16', 'log_level = info']), 'ini');
  });

  it('reads fields printed with aligned values as output, not YAML', () => {
    assert.deepEqual(guess(['Name:        registry.example.com/api:2.0', 'Platform:    linux/arm64', 'Created:     2024-05-02', '', 'Layers:', '  Size:      31 MB']), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['name: api', 'platform: linux/arm64', 'layers:', '  - base']), 'yaml');
  });

  it('reads a log whose lines give a number after the same name as output, not commands', () => {
    assert.deepEqual(guess(['scrub 12 @31.2s: 40 MB read, 0 errors', 'scrub 13 @33.9s: 38 MB read, 0 errors']), { lang: 'plaintext', kind: 'output' });
    assert.deepEqual(guess(['mytool sync --from a/ --to b/', 'mytool verify --path b/']), { lang: 'shellscript', kind: 'command' });
  });
});
