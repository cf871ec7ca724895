import * as assert from 'node:assert/strict';
import { NeedleIndex } from '../../src/core/needles';
import { randomTexts } from './randomText';

/** What `scan` then `hasAny` must answer: the text, read as if a line end followed it, contains one of the needles. */
function plainHasAny(text: string, needles: readonly string[]): boolean {
  return needles.some(needle => `${text}\n`.includes(needle));
}

describe('NeedleIndex (every needle of a fixed list found in one pass)', () => {
  it('answers as includes() does for each needle, on random text over the needles\' own characters', () => {
    // Overlapping needles (prefixes, suffixes, repeats) exercise the failure links; '\n' the virtual line end.
    const needles = ['he', 'she', 'his', 'hers', 'a', 'aa', 'aaa', 'ab', 'bab', 'ba$', '=>', '::', '$ ', ' \n', 'e\n', 'ſ', 'дa'];
    const index = new NeedleIndex(needles);
    const single = needles.map(needle => index.ids([needle]));
    const pairs = needles.map((needle, k) => [needle, needles[(k * 7 + 3) % needles.length]]);
    const pairIds = pairs.map(pair => index.ids(pair));
    const alphabet = ['h', 'e', 's', 'i', 'r', 'a', 'b', '$', ' ', '\n', '=', '>', ':', 'ſ', 'д', 'x', 'A'];
    for (const text of randomTexts(alphabet, 4000, 24, 11)) {
      index.scan(text);
      needles.forEach((needle, k) => assert.equal(index.hasAny(single[k]), plainHasAny(text, [needle]), `${JSON.stringify(text)} ∋ ${JSON.stringify(needle)}`));
      pairs.forEach((pair, k) => assert.equal(index.hasAny(pairIds[k]), plainHasAny(text, pair), `${JSON.stringify(text)} ∋ one of ${JSON.stringify(pair)}`));
    }
  });

  it('forgets the previous text on each scan, and refuses a needle it was not built with', () => {
    const index = new NeedleIndex(['resource', 'def ']);
    const resource = index.ids(['resource']);
    index.scan('resource "aws_s3_bucket" "b" {');
    assert.equal(index.hasAny(resource), true);
    index.scan('def handler(event):');
    assert.equal(index.hasAny(resource), false);
    assert.equal(index.hasAny(index.ids(['def '])), true);
    assert.throws(() => index.ids(['lambda']), /lambda was not indexed/);
  });
});
