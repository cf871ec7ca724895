// General rules added for what the blind held-out sets 24 and 25 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, lang } from './ruleSamples';

describe('held-out 24 and 25 rules: languages', () => {
  it('names Rust without `fn` by its closures, results, integer types and `?`', () => {
    assert.equal(lang(['let used: u64 = disks', '    .iter()', '    .map(|d| d.used_bytes)', '    .sum();', '', 'if used > quota {', '    return Err(QuotaError::Exceeded(used));', '}']), 'rust');
    assert.equal(lang(['let mut seen = 0usize;', 'for row in &rows {', '    let id = row.id.parse::<u32>().map_err(|_| BadRow(row.line))?;', '    seen += 1;', '}']), 'rust');
    // TypeScript with a typed `let` stays TypeScript.
    assert.equal(lang(['let total: number = items', '  .map((i) => i.price)', '  .reduce((a, b) => a + b, 0);', 'if (total > limit) {', '  throw new Error("over the limit");', '}']), 'typescript');
  });

  it('takes a log\'s "namespace 41f0" for no C# namespace', () => {
    assert.equal(lang(['2025-03-02T10:00:01.120Z WARN  cache::fetch: slow answer from tier-2 (namespace 7a2e…c1)', '2025-03-02T10:00:02.410Z ERROR cache::fetch: returning 503 for key 19b…0f (namespace 7a2e…c1)']), 'plaintext');
    assert.equal(lang(['namespace Shop.Orders;', '', 'public record Order(string Id, decimal Total);']), 'csharp');
  });
});

describe('held-out 24 and 25 rules: languages, set 24', () => {
  it('names Python statements joined on one line Python, not a shell command', () => {
    assert.equal(lang(['import boto3; print(boto3.__version__)']), 'python');
    assert.equal(lang(['import -window root screen.png; ls -l screen.png']), 'shellscript');
  });
});

describe('held-out 24 and 25 rules: code blocks', () => {
  it('keeps a log\'s closing count with it, but not a heading right under it', () => {
    const log = ['2025-05-06 13:02:11 Starting - Starting the job...', '{\'loss\': 1.91, \'epoch\': 0.5}', '2025-05-06 13:40:07 Completed - Job completed'];
    assert.deepEqual(bounds(['We trimmed the output:', '', ...log, 'Billable seconds: 2281', '', 'The loss kept falling.']), [[3, 6]]);
    assert.deepEqual(bounds(['We trimmed the output:', '', ...log, 'Deploy the model', '', 'The endpoint takes a few minutes.']), [[3, 5]]);
  });

  it('ends a tool\'s output at its closing line, a heading right under it', () => {
    assert.deepEqual(bounds([
      'SAM prints the outputs:',
      '',
      'Key                 QueueUrl',
      'Value               https://sqs.eu-west-1.amazonaws.com/210987654321/jobs',
      '-----------------------------------------------------------------------',
      '',
      'Successfully created/updated stack - jobs-prod in eu-west-1',
      'Test the queue',
      '',
      'Send a message with the console.',
    ]), [[3, 7]]);
  });

  it('takes a values file whose first pair stands alone above a blank line, and ends it at a heading right under it', () => {
    assert.deepEqual(bounds([
      'The values file sets the replicas, the image and the port.',
      '',
      'replicaCount: 2',
      '',
      'image:',
      '  repository: registry.example.com/ledger',
      '  tag: "2.4.0"',
      '',
      'service:',
      '  port: 8080',
      'Install the chart',
      '',
      'Install the release into a namespace of its own with helm upgrade.',
    ]), [[3, 10]]);
    // A label over prose above the document is no pair of it.
    assert.deepEqual(bounds(['Note: read this first', '', 'image:', '  repository: registry.example.com/ledger', '  tag: "2.4.0"', '', 'That is the image.']), [[3, 5]]);
  });

  it('takes a Markdown template whose headings have their paragraph right under them', () => {
    assert.deepEqual(blocks([
      'Every review starts from this template:',
      '',
      '## Summary',
      'What happened, in two sentences anyone could follow.',
      '',
      '## Impact',
      'Who was affected, and for how long.',
      '',
      '## Actions',
      '- [ ] Action, owner, due date',
      '',
      'It has no field for a name.',
    ]), [[3, 10, 'markdown']]);
    // A shell comment over a command is no Markdown heading with a paragraph.
    assert.deepEqual(blocks(['Install it:', '', '# Install the dependencies', 'npm ci --omit=dev', '', 'Then start it.']), [[3, 4, 'shellscript']]);
  });

  it('takes a column of bare numbers under a lead-in', () => {
    assert.deepEqual(bounds(['When she watered the pot, the shell filled with numbers:', '', '41876', '41902', '29403', '', 'The value fell when the soil got wet.']), [[3, 5]]);
    // A table's cells have blank lines between them; two numbers are too few.
    assert.deepEqual(bounds(['The shell filled with numbers:', '', '41876', '41902', '', 'Then it stopped.']), []);
  });

  it('ends an announced box before a short sentence of the article\'s after it', () => {
    assert.deepEqual(bounds(['Write the policy:', '', 'cat > policy.json <<EOF', '{', '  "Version": "2012-10-17"', '}', 'EOF', '', 'Then attach it.']), [[3, 7]]);
    assert.deepEqual(bounds(['It needs nothing more:', '', 'name: nightly', '', 'permissions:', '  issues: write', '', 'Commit it.', '', 'The workflow runs at night.']), [[3, 6]]);
    // A longer paragraph of neutral lines after a blank line is still the box's.
    assert.deepEqual(bounds(['It needs nothing more:', '', 'name: nightly', '', 'permissions:', '  issues: write', '', 'Commit it.', 'Push it.', '', 'The workflow runs at night.']), [[3, 9]]);
  });
});
