// General rules added for what the blind held-out sets 16 and 17 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, cells, lang, post, rowNames } from './ruleSamples';

describe('held-out 16 and 17 rules: LWN prose around inline code', () => {
  it('keeps a hard-wrapped paragraph around inline names on lines of their own out of the code above it', () => {
    assert.deepEqual(bounds([
      'The series adds one structure:',
      '',
      'struct slab_stats {',
      '\tunsigned long\tallocs;',
      '\tunsigned long\tfrees;',
      '};',
      '',
      'Allocation goes through the new',
      'slab_stats_inc()',
      'helper, which bumps the per-CPU counter before the object is handed',
      'out, and the',
      'frees',
      'counter is read back at the end of each period:',
      '',
      'static void slab_stats_read(struct slab_stats *s)',
      '{',
      '\tpr_info("%lu\\n", s->allocs - s->frees);',
      '}',
    ]), [[3, 6], [15, 18]]);
  });

  it('does not take such a paragraph, standing alone, for code', () => {
    assert.deepEqual(blocks([
      'The latest proposal,',
      '',
      'PEP 999',
      ', was posted in March; it would let programmers write',
      'items=>[]',
      'in a parameter list, with the expression evaluated again',
      'at each call.',
      '',
      'Reactions were mixed.',
    ]), []);
    // A block of code whose lines are words and names is still code.
    assert.deepEqual(bounds([
      'Add the two settings:',
      '',
      'export REGION=eu-west-1',
      'export BUCKET=my-reports',
      '',
      'Then run the job.',
    ]), [[3, 4]]);
  });
});

describe('held-out 16 and 17 rules: output', () => {
  it('finds announced output two blank lines below its lead-in', () => {
    assert.deepEqual(bounds([
      'Without the patch, the relevant part of the output was:',
      '',
      '',
      ' Performance counter stats for \'./spin 1000\':',
      '',
      '         8,204,117      page-faults',
      '    61,002,338,190      cycles',
      '',
      '      11.402117301 seconds time elapsed',
      '',
      'With the patch the cycles drop by a sixth.',
    ]), [[4, 9]]);
  });

  it('takes a tool\'s banner underlined with box-drawing lines, with the lists and sentences it prints', () => {
    assert.deepEqual(bounds([
      'The tool lists the bindings it found:',
      '',
      ' 🚀 qtool 5.0.1',
      '───────────────',
      'Your service has access to the following bindings:',
      '- Queues:',
      '  - JOBS: jobs-prod',
      'Uploaded jobs (1.20 sec)',
      '',
      'Every binding it lists is one we declared in the configuration file, which is how it should be.',
    ]), [[3, 8]]);
  });
});

describe('held-out 16 and 17 rules: code in sentences and on list items', () => {
  it('keeps a command set inside a running sentence out of code', () => {
    assert.deepEqual(blocks([
      'Users of the 3.2 release can move to the new layout by running',
      'tidepool-migrate --to 4.0 --keep-config',
      'as root; the project suggests a backup of',
      '/var/lib/tidepool',
      'first, since two files have moved.',
    ]), []);
    // After a lead-in that ends the sentence, the same line is a command.
    assert.deepEqual(bounds(['Move to the new layout by running this as root:', '', 'tidepool-migrate --to 4.0 --keep-config', '', 'It takes a minute.']), [[3, 3]]);
  });

  it('takes a glued command on over its backslash-continued lines', () => {
    const found = post([
      'One request lists the records, and jq keeps the fields we need:curl -s "https://api.example.com/v1/zones/$ZONE/records" \\',
      '  -H "Authorization: Bearer $TOKEN" \\',
      "  | jq '.result[] | {id, name}'",
      '',
      'The list is short.',
    ]).codeBlocks.map(b => [b.startLine - 4, b.endLine - 4, b.lang]);
    assert.deepEqual(found, [[1, 3, 'shellscript']]);
  });

  it('takes a glued CREATE … AS on through its query, to the ";"', () => {
    assert.deepEqual(blocks([
      'Then create the view you will query:CREATE MATERIALIZED VIEW mv_orders AUTO REFRESH YES AS',
      'SELECT order_id,',
      '       placed_at,',
      '       JSON_PARSE(payload) AS body',
      'FROM stream_schema."orders-stream";',
      '',
      'It refreshes on its own.',
    ]), [[1, 5, 'sql']]);
  });

  it('takes a list item that runs a script of the project with options, not one that names it in prose', () => {
    assert.deepEqual(blocks([
      '  1. Update the version in the build file.',
      '  2. ./gradlew dependencyUpdates -Drevision=release --no-daemon',
      '  3. Run the tests again.',
    ]).map(([first, last]) => [first, last]), [[2, 2]]);
    assert.deepEqual(blocks(['  1. Update the version in the build file.', '  2. Run ./gradlew from the project folder, as usual.', '  3. Run the tests again.']), []);
  });
});

describe('held-out 16 and 17 rules: languages', () => {
  it('names a pipeline of text tools shell, and YAML whose values are folded prose YAML', () => {
    assert.equal(lang(['cut -f2 hosts.tsv | sort | uniq -c | sort -rn | head -5']), 'shellscript');
    assert.equal(lang([
      'experiment:',
      '  key: search-ranking-v2',
      '  hypothesis: >',
      '    Ranking by recent orders will raise the share of searches',
      '    that end in a purchase without lowering basket size.',
      '  owner: search-team',
    ]), 'yaml');
  });

  it('names a script that writes a file with a here-document shell, whatever the file holds', () => {
    assert.equal(lang(['cat > trust.json <<\'EOF\'', '{', '  "Version": "2012-10-17",', '  "Statement": []', '}', 'EOF', '', 'aws iam create-role --role-name reader --assume-role-policy-document file://trust.json']), 'shellscript');
  });
});

describe('held-out 16 and 17 rules: prompts and replies', () => {
  it('takes a prompt template of sentences with slots, up to the article\'s own words about it', () => {
    assert.deepEqual(bounds([
      'Save the following as summary_prompt.j2:',
      '',
      'You are an editor who writes short summaries of support tickets.',
      '',
      'Read the ticket inside the <ticket> tags.',
      '',
      '<ticket>',
      '{{ ticket_text }}',
      '</ticket>',
      '',
      'Follow these rules:',
      '1. Use at most three sentences.',
      '2. Name the product the customer uses.',
      '',
      'Putting the ticket inside tags keeps its text from being read as part of the prompt.',
    ]), [[3, 13]]);
    // Without slots for values, the same opening is the article's prose.
    assert.deepEqual(blocks([
      'Our assistant greets users like this:',
      '',
      'You are welcome to ask about orders, returns and delivery times.',
      '',
      'It then waits for the question.',
    ]), []);
  });

  it('takes the reply an article announces, and an AWS CLI error after any lead-in', () => {
    assert.deepEqual(bounds([
      'The agent replies with something like the following:',
      '',
      'I have opened ticket T-4411 for your kettle. You will get an email within a day.',
      '',
      'To see its steps, turn on tracing.',
    ]), [[3, 3]]);
    assert.deepEqual(bounds([
      'Without the boundary the call fails:',
      '',
      'An error occurred (AccessDenied) when calling the CreateRole operation: User: arn:aws:sts::111122223333:assumed-role/Dev/ana is not authorized to perform: iam:CreateRole',
      '',
      'Add the boundary and try again.',
    ]), [[3, 3]]);
    assert.deepEqual(blocks(['The reviewer left this comment:', '', 'I would rather keep the old name for one more release.', '', 'We agreed.']), []);
  });
});

describe('held-out 16 and 17 rules: tool footers and tables', () => {
  it('keeps the last line only a tool prints with its output, across the blank line before it', () => {
    assert.deepEqual(bounds([
      'The compiler disagreed:',
      '',
      'error[E0499]: cannot borrow `self.queue` as mutable more than once at a time',
      '  --> src/worker.rs:41:9',
      '   |',
      '41 |         let a = &mut self.queue;',
      '',
      'For more information about this error, try `rustc --explain E0499`.',
      '',
      'The fix was to take the length first.',
    ]), [[3, 8]]);
    assert.deepEqual(bounds([
      'The compiler disagreed:',
      '',
      'error[E0499]: cannot borrow `self.queue` as mutable more than once at a time',
      '  --> src/worker.rs:41:9',
      '   |',
      '41 |         let a = &mut self.queue;',
      '',
      'For more information, read the chapter on borrowing in the book.',
    ]), [[3, 6]]);
  });

  it('reads "14g" as a number and "unlimited" as a missing one in a table of settings', () => {
    const rows = rowNames([
      'These are the settings we changed.',
      '',
      ...cells('Setting', 'Default', 'Ours', 'spark.executor.cores', '4', '8', 'spark.executor.memory', '14g', '28g',
        'spark.dynamicAllocation.maxExecutors', 'unlimited', '40'),
      'The job now finishes in half the time.',
    ]);
    assert.deepEqual(rows, [['Setting', 'spark.executor.cores', 'spark.executor.memory', 'spark.dynamicAllocation.maxExecutors']]);
  });
});

describe('held-out 15 and 17 rules: incident timelines', () => {
  it('rebuilds a timeline whose events carry numbers of their own, with its header row', () => {
    assert.deepEqual(rowNames([
      'Timeline',
      '',
      ...cells('Time (UTC)', 'Event', '09:12', 'Version 2026.4.1 passes validation', '09:20', 'Rollout reaches 30 data centers',
        '09:31', 'Errors rise to 5 percent for 2 products', '09:40', 'Rollback begins'),
      'What we are changing follows.',
    ]), [['Time (UTC)', '09:12', '09:20', '09:31', '09:40']]);
  });

  it('takes one-sentence events beside moments as cells, even the last one with a heading right under it', () => {
    assert.deepEqual(rowNames([
      'Timeline',
      '',
      ...cells('Time (UTC)', 'Event', '08:02', 'The new certificate is published.', '08:05', 'Clients in two regions start failing the handshake.',
        '08:19', 'The old certificate is restored.').slice(0, -1),
      'What went wrong',
      '',
      'The cause was a missing intermediate.',
    ]), [['Time (UTC)', '08:02', '08:05', '08:19']]);
    // Sentences after numbers that are no moments stay paragraphs.
    assert.deepEqual(rowNames([
      ...cells('Step', 'What happens', '1', 'The client sends its hello.', '2', 'The server answers with its certificate.', '3', 'The client checks the chain.'),
    ]), []);
  });
});
