import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { decode } from '../../src/core/decode';
import { parseText } from '../../src/core/parse';

const BULGARIAN = [
  'Седмицата (27 октомври – 1 ноември)',
  '',
  'Post Syndicated from Светла Енчева original https://www.toest.bg/siedmitsata/',
  '',
  'Комай единствената тема, която исках да засегна, е изборът на президент и какво означава той за хората в България.',
  '',
].join('\n');
const ENGLISH = 'Title\n\nPost Syndicated from Jane Doe original https://example.com/a\n\nHello “world” — café.\n';

function text(result: ReturnType<typeof decode>): string {
  assert.ok(!('error' in result), 'error' in result ? result.error : '');
  return result.text;
}

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = Buffer.from(ENGLISH, 'utf8');
    assert.deepEqual(decode(bytes), { text: ENGLISH, encoding: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    assert.deepEqual(decode(withBom), { text: ENGLISH, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = iconv.encode(BULGARIAN, 'utf-16le', { addBOM: true });
    assert.equal(le[0], 0xff);
    assert.deepEqual(decode(le), { text: BULGARIAN, encoding: 'utf-16le' });
    const be = iconv.encode(BULGARIAN, 'utf-16be', { addBOM: true });
    assert.equal(be[0], 0xfe);
    assert.deepEqual(decode(be), { text: BULGARIAN, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM by its NUL pattern instead of calling it binary', () => {
    const le = iconv.encode(ENGLISH, 'utf-16le');
    assert.deepEqual(decode(le), { text: ENGLISH, encoding: 'utf-16le' });
  });

  it('detects Windows-1251 (Bulgarian) and decodes it', () => {
    const bytes = iconv.encode(BULGARIAN, 'win1251');
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'the fixture must not be valid UTF-8');
    const result = decode(bytes);
    assert.ok('encoding' in result);
    assert.equal(result.encoding, 'windows-1251');
    assert.equal(text(result), BULGARIAN);
    const parsed = parseText(text(result), 'bg.txt');
    assert.equal(parsed.posts[0].author, 'Светла Енчева');
    assert.equal(parsed.posts[0].language, 'bg');
  });

  it('falls back to Windows-1252 for Western single-byte text', () => {
    const bytes = iconv.encode(ENGLISH, 'win1252');
    const result = decode(bytes);
    assert.equal(text(result), ENGLISH);
    assert.ok('encoding' in result && /^windows-125[02]$|^iso-8859-1$/.test(result.encoding), JSON.stringify(result));
  });

  it('refuses binary files with a clear reason', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
    const result = decode(png);
    assert.ok('error' in result);
    assert.match(result.error, /binary/i);
    const elf = new Uint8Array(4096);
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]);
    assert.ok('error' in decode(elf));
  });

  it('decodes an empty file to empty text', () => {
    assert.deepEqual(decode(new Uint8Array(0)), { text: '', encoding: 'utf-8' });
  });

  it('keeps CRLF and CR in the text for the parser to split', () => {
    const crlf = ENGLISH.replace(/\n/g, '\r\n');
    assert.equal(text(decode(Buffer.from(crlf))), crlf);
    assert.equal(parseText(crlf, 'x').posts[0].title, 'Title');
    assert.equal(parseText(ENGLISH.replace(/\n/g, '\r'), 'x').posts[0].author, 'Jane Doe');
  });

  it('accepts a Uint8Array view into a larger buffer', () => {
    const backing = Buffer.from(`xx${ENGLISH}yy`, 'utf8');
    const view = new Uint8Array(backing.buffer, backing.byteOffset + 2, backing.length - 4);
    assert.equal(text(decode(view)), ENGLISH);
  });
});
