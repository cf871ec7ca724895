// Random and adversarial input: every case must end (quickly, though time is not asserted) without
// throwing, and what comes back must still be well formed.
import * as assert from 'node:assert/strict';
import { decode } from '../../src/core/decode';
import type { BodyBlock, ParsedFile } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { createRandom as random } from '../../bench/lib/random';

const HEADER = 'Title\n\nPost Syndicated from Fuzz Tester original https://example.com/fuzz\n\n';
const PIECES = ['{', '}', '[', ']', '(', ')', ';', '  • ', '    ▪ ', '  1. ', '7. ', '$ ', '~ % ', '-- ', '// ', '# ', '"a": ', 'SELECT ',
  ':SELECT * FROM t;', '\t', '\u00a0', '\n', '\n\n', '\r\n', '\r', 'Post Syndicated from x original y', 'word ', 'Пример ', '▲ ', '…', '`', '\\', '=', '|', '@'];

function wellFormed(parsed: ParsedFile, lineCount: number): void {
  for (const post of parsed.posts) {
    assert.ok(post.titleLine < post.syndicatedLine);
    post.codeBlocks.forEach((block, i) => {
      assert.equal(block.index, i);
      assert.ok(block.startLine >= post.bodyStartLine && block.endLine <= post.bodyEndLine && block.startLine <= block.endLine);
      assert.ok(block.endLine <= lineCount);
    });
    const walk = (blocks: readonly BodyBlock[]): void => {
      for (const b of blocks) {
        if (b.type === 'code') assert.ok(post.codeBlocks[b.codeIndex]);
        if (b.type === 'list') for (const item of b.items) walk(item.children);
      }
    };
    walk(post.body);
  }
}

function parse(text: string): ParsedFile {
  const parsed = parseText(text, 'fuzz.txt');
  wellFormed(parsed, text.split(/\r\n|\r|\n/).length);
  return parsed;
}

describe('fuzz: the parser survives random and adversarial input', function () {
  this.timeout(120_000);

  it('1 MB on a single line', () => {
    parse(HEADER + 'x'.repeat(1 << 20));
    parse(HEADER + 'SELECT '.repeat(150_000));
    parse(HEADER + 'word '.repeat(200_000) + '.');
  });

  it('long lines built to make regular expressions backtrack', () => {
    parse(`${HEADER}for ${'a '.repeat(50_000)}:\n`);
    parse(`${HEADER}${'a.'.repeat(100_000)}(\n`);
    parse(`${HEADER}${'x = 1; '.repeat(150_000)}\n`);
    parse(`${HEADER}{\n.${'a-b'.repeat(100_000)} x\n}\n`);
    parse(`${HEADER}{\n${'"k": '.repeat(100_000)}\n}\n`);
    parse(`${HEADER}import ${'a, '.repeat(100_000)}\n`);
    parse(`${HEADER}${'a_b '.repeat(100_000)}= 1\n`);
  });

  it('thousands of unbalanced braces', () => {
    parse(HEADER + '{\n'.repeat(20_000));
    parse(HEADER + 'const x = {\n' + '('.repeat(50_000) + '\nprose continues here as a sentence.\n');
    parse(HEADER + '}'.repeat(100_000));
    parse(HEADER + '"'.repeat(100_001) + '\n' + "'`".repeat(50_000));
  });

  it('deep list nesting', () => {
    const lines: string[] = [];
    for (let depth = 0; depth < 3000; depth++) lines.push(`${' '.repeat(2 + 2 * (depth % 500))}• item ${depth}`);
    const parsed = parse(HEADER + lines.join('\n'));
    assert.equal(parsed.posts.length, 1);
    const numbered = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(2 + (i % 40))}${i % 1000}. step`).join('\n');
    parse(HEADER + numbered);
  });

  it('many posts, empty posts and titles without bodies', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `T${i}\n\nPost Syndicated from A original https://e.com/${i}\n`).join('\n');
    assert.equal(parse(many).posts.length, 5000);
    parse('Post Syndicated from A original https://e.com/\n');
    parse('\n\n\nPost Syndicated from  original \n');
    parse('');
  });

  it('long runs of table-like cells and wrapped lines', () => {
    parse(HEADER + Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `Cell ${i}` : String(i))).join('\n\n'));
    parse(HEADER + Array.from({ length: 20_000 }, () => 'a line of wrapped preformatted prose that ends with a space ').join('\n'));
  });

  it('random pieces of dump syntax', () => {
    const next = random(42);
    for (let round = 0; round < 200; round++) {
      const parts: string[] = [HEADER];
      const count = 50 + Math.floor(next() * 800);
      for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(next() * PIECES.length)]);
      parse(parts.join(''));
    }
  });

  it('random bytes through decode and parse', () => {
    const next = random(7);
    for (let round = 0; round < 100; round++) {
      const bytes = new Uint8Array(1 + Math.floor(next() * 20_000));
      const zeroFree = round % 2 === 0;
      for (let i = 0; i < bytes.length; i++) {
        let b = Math.floor(next() * 256);
        if (zeroFree && b === 0) b = 32;
        bytes[i] = b;
      }
      const decoded = decode(bytes);
      if ('error' in decoded) {
        assert.match(decoded.error, /binary/i);
        continue;
      }
      parse(HEADER + decoded.text);
    }
  });

  it('random Unicode, including surrogates and control characters', () => {
    const next = random(99);
    for (let round = 0; round < 50; round++) {
      let text = HEADER;
      for (let i = 0; i < 3000; i++) text += String.fromCharCode(Math.floor(next() * 0xffff));
      parse(text);
    }
  });
});
