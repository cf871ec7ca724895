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

describe('held-out 24 and 25 rules: code blocks', () => {
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
});
