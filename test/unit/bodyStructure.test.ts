// The body's paragraphs: mail quoted with ">" and hard line breaks reads as one paragraph per quoted paragraph.
import * as assert from 'node:assert/strict';
import { parseText } from '../../src/core/parse';
import type { BodyBlock } from '../../src/core/model';

function bodyOf(lines: readonly string[]): BodyBlock[] {
  const dump = ['A post', '', 'Post Syndicated from Test Writer original https://lwn.net/Articles/1/', '', ...lines];
  return parseText(dump.join('\n'), 'q.txt').posts[0].body;
}

describe('body structure', () => {
  it('joins the hard-wrapped lines of a ">" quotation into one paragraph that still starts with ">"', () => {
    const body = bodyOf([
      'The maintainer replied to the second version of the series on the list:',
      '',
      '> The patch is fine, but the test only covers the easy case. What',
      '> happens when two writers race? Please add that before v3.',
      '',
      '> Also, the changelog needs a line.',
      '',
      'A new version followed a day later.',
    ]);
    assert.deepEqual(body.map(b => [b.type, b.line, 'text' in b ? b.text : '']), [
      ['paragraph', 5, 'The maintainer replied to the second version of the series on the list:'],
      ['paragraph', 7, '> The patch is fine, but the test only covers the easy case. What happens when two writers race? Please add that before v3.'],
      ['paragraph', 10, '> Also, the changelog needs a line.'],
      ['paragraph', 12, 'A new version followed a day later.'],
    ]);
  });

  it('does not join a ">" line to the prose paragraph above it', () => {
    const body = bodyOf(['The reply on the list was short and to the point:', '> Not now, maybe in the next cycle.', '', 'And that was it.']);
    assert.deepEqual(body.map(b => b.line), [5, 6, 8]);
  });

  it('starts a new quoted paragraph after a bare ">" line, and takes that line for neither code nor text', () => {
    const post = parseText(['A post', '', 'Post Syndicated from Test Writer original https://lwn.net/Articles/2/', '',
      'The reply on the list, in full, read as follows in the archive:', '',
      '> I agree with the direction of the', '> series.', '>', '> But please split patch 3.', '',
      'The author agreed.'].join('\n'), 'q.txt').posts[0];
    assert.deepEqual(post.codeBlocks, []);
    assert.deepEqual(post.body.map(b => ('text' in b ? b.text : b.type)), [
      'The reply on the list, in full, read as follows in the archive:',
      '> I agree with the direction of the series.',
      '> But please split patch 3.',
      'The author agreed.',
    ]);
  });
});
