import * as assert from 'node:assert/strict';
import { LineIndex } from '../../src/core/text';

function linesOf(index: LineIndex): string[] {
  const lines: string[] = [];
  for (let i = 0; i < index.length; i++) lines.push(index.line(i));
  return lines;
}

describe('LineIndex', () => {
  it('ends lines at LF, CRLF and lone CR, as a split on /\\r\\n|\\r|\\n/ does', () => {
    for (const text of ['', 'one', 'a\nb', 'a\r\nb\rc\n', '\n\n', 'x\r\n\r\ny', '\r', 'tail\n']) {
      assert.deepEqual(linesOf(new LineIndex(text)), text.split(/\r\n|\r|\n/), JSON.stringify(text));
    }
  });

  it('grows past its first allocation (thousands of lines)', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n');
    const index = new LineIndex(text);
    assert.equal(index.length, 5000);
    assert.equal(index.line(4999), 'line 4999');
    assert.equal(index.lineLength(1234), 'line 1234'.length);
  });

  it('scans in runs of lines without losing or doubling a line where one run ends and the next begins', () => {
    // Runs are 4,096 lines: counts around one and two runs, each line end kind, a line end right at the text's end.
    for (const count of [4095, 4096, 4097, 8192, 8193]) {
      for (const end of ['\n', '\r\n', '\r']) {
        for (const text of [Array.from({ length: count }, (_, i) => `l${i}`).join(end), Array.from({ length: count }, (_, i) => `l${i}${end}`).join('')]) {
          assert.deepEqual(linesOf(new LineIndex(text)), text.split(/\r\n|\r|\n/), `${count} lines ended by ${JSON.stringify(end)}`);
        }
      }
    }
  });

  it('answers prefix and blank questions without making the line', () => {
    const index = new LineIndex('Post Syndicated from A original u\n \u00a0\t\nPost\n\nP');
    assert.equal(index.lineStartsWith(0, 'Post Syndicated from '), true);
    assert.equal(index.lineStartsWith(2, 'Post Syndicated from '), false, 'the line is shorter than the prefix');
    assert.equal(index.lineStartsWith(4, 'Post'), false);
    assert.equal(index.lineStartsWith(3, ''), true);
    assert.deepEqual([0, 1, 2, 3, 4].map(i => index.isBlank(i)), [false, true, false, true, false]);
  });
});
