// The primer (src/core/body/primer.ts): a dump parsed once per process so that V8 has seen every path of the
// parser before it optimises it. It must reach the rarer paths, and it must change no result.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PRIMER_DUMPS } from '../../src/core/body/primer';
import type { BodyBlock } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { CORPUS_DIR, corpusAvailable, corpusFiles } from './parse.corpus';

function kinds(blocks: readonly BodyBlock[], into: Set<string>): Set<string> {
  for (const block of blocks) {
    into.add(block.type);
    if (block.type === 'list') for (const item of block.items) kinds(item.children, into);
  }
  return into;
}

describe('parser primer', () => {
  it('reaches code of many languages and kinds, lists, tables, headings and captions', () => {
    const posts = PRIMER_DUMPS.flatMap(dump => parseText(dump, 'primer.txt').posts);
    assert.equal(posts.length, 4);
    const blocks = posts.flatMap(post => post.codeBlocks);
    const languages = new Set<string>(blocks.map(block => block.lang));
    // Each language rule of detectLanguage that the primer means to run, and the kinds it reports.
    for (const lang of ['sql', 'shellscript', 'toml', 'typescript', 'python', 'json', 'go', 'rust', 'c', 'csharp', 'java', 'dockerfile', 'hcl', 'yaml', 'diff', 'xml', 'html', 'graphql', 'css', 'ruby', 'kotlin', 'javascript', 'markdown', 'plaintext']) {
      assert.ok(languages.has(lang), `no ${lang} block in the primer`);
    }
    const codeKinds = new Set<string | null>(blocks.map(block => block.kind));
    for (const kind of ['command', 'output', 'cdk', 'iam-policy', null]) assert.ok(codeKinds.has(kind), `no block of kind ${kind}`);
    const bodyKinds = new Set<string>();
    for (const post of posts) kinds(post.body, bodyKinds);
    for (const type of ['paragraph', 'heading', 'caption', 'list', 'table', 'code']) assert.ok(bodyKinds.has(type), `no ${type} in the primer's bodies`);
    assert.ok(posts.some(post => post.language === 'bg'), 'no Bulgarian article');
  });

  it('changes no result: a fresh process parses the seed corpus the same before and after priming', function () {
    if (!corpusAvailable()) this.skip();
    this.timeout(60_000);
    const parseModule = path.resolve(__dirname, '../../src/core/parse.js');
    const decodeModule = path.resolve(__dirname, '../../src/core/decode.js');
    // Each seed file is under the size that primes by itself, so the first round runs unprimed.
    const script = `
      const fs = require('fs');
      const { parseText, primeParser } = require(${JSON.stringify(parseModule)});
      const { decode } = require(${JSON.stringify(decodeModule)});
      const files = ${JSON.stringify(corpusFiles().map(name => path.join(CORPUS_DIR, name)))};
      const texts = files.map(f => decode(fs.readFileSync(f)).text);
      const round = () => JSON.stringify(texts.map((t, i) => parseText(t, files[i])));
      const before = round();
      primeParser();
      const after = round();
      process.stdout.write(JSON.stringify({ same: before === after, length: before.length }));`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout) as { same: boolean; length: number };
    assert.ok(result.length > 100_000, 'the corpus parsed to almost nothing');
    assert.ok(result.same, 'priming changed a parse result');
  });
});
