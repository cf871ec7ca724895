import * as assert from 'node:assert/strict';
import { CodeUnitBuffer } from '../../src/core/codeUnits';

function unitsOf(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

describe('CodeUnitBuffer', () => {
  it('copies every UTF-16 code unit: ASCII, Cyrillic, curly quotes, an astral character and a lone surrogate', () => {
    const text = 'Wrangler “deploy” избори 🚀 \ud800 end';
    const units = new CodeUnitBuffer(4).copy(text);
    assert.deepEqual(Array.from(units.subarray(0, text.length)), unitsOf(text));
  });

  it('copies only the first `length` code units, leaving the rest of the buffer as it was', () => {
    const buffer = new CodeUnitBuffer(16);
    buffer.copy('zzzzzzzzzzzzzzzz');
    const units = buffer.copy('abcdefgh', 3);
    assert.equal(String.fromCharCode(...units.subarray(0, 4)), 'abcz');
  });

  it('grows for a longer string and keeps copying correctly after growing', () => {
    const buffer = new CodeUnitBuffer(2);
    const long = 'x'.repeat(1000) + 'ю';
    assert.equal(buffer.copy(long)[1000], 'ю'.charCodeAt(0));
    assert.equal(String.fromCharCode(...buffer.copy('ok').subarray(0, 2)), 'ok');
  });
});
