import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { splitAuthors } from '../../src/core/authors';
import type { Article, BodyBlock, ParsedFile } from '../../src/core/model';
import { isPlainSentence, scoreLine } from '../../src/core/body/evidence';
import { mergeArticles, parseText } from '../../src/core/parse';
import { sourceOf } from '../../src/core/sources';
import { trimAll } from '../../src/core/text';
import { CORPUS_DIR, corpusAvailable, corpusFiles, parsedSeed, seedText, truthOf } from './parse.corpus';

const DUMP = [
  'Tag Archives: Partner solutions',
  '',
  'First title',
  '',
  'Post Syndicated from Ada Lovelace, Charles Babbage original https://aws.amazon.com/blogs/big-data/first-post/',
  '',
  'This is the opening paragraph of the first post, which talks about Amazon Redshift and SQL analytics.',
  '',
  'Run the following query:',
  '',
  'SELECT * FROM sales WHERE region = \'eu\';',
  '',
  '[$] Second title',
  '',
  'Post Syndicated from corbet original https://lwn.net/Articles/123456/',
  '',
  'The kernel community discussed a patch.',
  '',
  'The collective thoughts of the interwebz',
  '',
].join('\n');

function allBlocks(blocks: readonly BodyBlock[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const b of blocks) {
    out.push(b);
    if (b.type === 'list') for (const item of b.items) out.push(...allBlocks(item.children));
  }
  return out;
}

function article(parsed: ParsedFile, titleStart: string): Article {
  const found = parsed.posts.find(p => p.title.startsWith(titleStart));
  assert.ok(found, `no post titled "${titleStart}…"`);
  return found;
}

describe('parseText', () => {
  it('splits a dump into posts with metadata, line numbers, tags and source', () => {
    const parsed = parseText(DUMP, 'dump.txt');
    assert.equal(parsed.preamble, 'Tag Archives: Partner solutions');
    assert.equal(parsed.posts.length, 2);
    const [first, second] = parsed.posts;
    assert.equal(first.title, 'First title');
    assert.equal(first.author, 'Ada Lovelace, Charles Babbage');
    assert.deepEqual(first.authors, ['Ada Lovelace', 'Charles Babbage']);
    assert.equal(first.url, 'https://aws.amazon.com/blogs/big-data/first-post/');
    assert.equal(first.source, 'AWS Big Data Blog');
    assert.deepEqual(first.tags, ['Partner solutions']);
    assert.deepEqual([first.titleLine, first.syndicatedLine, first.bodyStartLine, first.bodyEndLine], [3, 5, 7, 11]);
    assert.equal(first.file, 'dump.txt');
    assert.equal(first.language, 'en');
    assert.ok(first.topics.includes('Analytics & Databases'));
    assert.equal(second.title, '[$] Second title');
    assert.equal(second.source, 'LWN.net');
    assert.equal(second.bodyStartLine, 17);
    assert.equal(second.bodyEndLine, 17, 'the aggregator footer is not article text');
  });

  it('finds the code block with its line numbers, language and text', () => {
    const [first] = parseText(DUMP, 'dump.txt').posts;
    assert.equal(first.codeBlocks.length, 1);
    const [block] = first.codeBlocks;
    assert.deepEqual([block.index, block.startLine, block.endLine, block.lang, block.kind], [0, 11, 11, 'sql', null]);
    assert.equal(block.code, "SELECT * FROM sales WHERE region = 'eu';");
    assert.deepEqual(first.body.map(b => b.type), ['paragraph', 'paragraph', 'code']);
  });

  it('gives the same result for LF, CRLF and CR line ends', () => {
    const lf = parseText(DUMP, 'x');
    const crlf = parseText(DUMP.replace(/\n/g, '\r\n'), 'x');
    const cr = parseText(DUMP.replace(/\n/g, '\r'), 'x');
    assert.deepEqual(crlf, lf);
    assert.deepEqual(cr, lf);
  });

  it('ignores a leading BOM', () => {
    assert.deepEqual(parseText(`\ufeff${DUMP}`, 'x'), parseText(DUMP, 'x'));
  });

  it('reports a file without posts as such, without an error', () => {
    const parsed = parseText('Just some notes.\n\nNothing syndicated here.\n', 'notes.txt');
    assert.equal(parsed.posts.length, 0);
    assert.equal(parsed.error, undefined);
    assert.match(parsed.notice ?? '', /No posts found/);
    assert.equal(parseText('', 'empty.txt').posts.length, 0);
  });

  it('finds a post whose title and "Post Syndicated" line lie on either side of a 1,024-line run of the walk', () => {
    // Posts are looked for 1,024 lines at a time; the title lookback and the previous post's floor cross runs.
    for (const filler of [1017, 1018, 1019, 1020, 1021]) {
      const body = Array.from({ length: filler }, (_, i) => `Line ${i} of the first body.`).join('\n');
      const text = `First\n\nPost Syndicated from A original https://a.example/1\n\n${body}\nSecond\n\nPost Syndicated from B original https://a.example/2\n\nEnd.\n`;
      const posts = parseText(text, 'runs.txt').posts;
      assert.deepEqual(posts.map(p => [p.title, p.titleLine, p.syndicatedLine, p.bodyEndLine]), [
        ['First', 1, 3, 5 + filler - 1],
        ['Second', 5 + filler, 7 + filler, 9 + filler],
      ], `${filler} filler lines`);
    }
  });

  it('counts words of the body', () => {
    const [, second] = parseText(DUMP, 'x').posts;
    assert.equal(second.wordCount, 6);
  });

  it('counts words as runs of plain spaces, whichever way a line was looked at', () => {
    // The line evidence counts most lines' words on the way (plain sentences, scored lines without tabs or
    // no-break spaces); short lines, list items and the rest are counted apart. Every kind is here.
    const long = 'The service keeps  two copies of every object in separate zones, so that one zone can fail safely.';
    const body = [
      long,
      'It\u00a0also keeps a\u00a0third copy in another region for the rare case that a whole region goes away.',
      'const total = items.reduce((sum, item) => sum + item.price, 0);',
      'kubectl\tget   pods --namespace\u00a0production -o wide',
      '  • An item with\u00a0a no-break space and  two spaces',
      '  •\u00a0Glued marker',
      '1. First step of the list, with a full sentence that is long enough to be prose.',
      '  •\u00a0A long item whose marker is glued by a no-break space to its first word here.',
      '2.  Two spaces after the marker make this item longer than its marker and content.',
      '  • \u00a0 A no-break space between spaces after the marker is a word of its own here.',
      '  ◦ kubectl rollout status deployment/api --namespace production',
      '});',
      'Short heading',
      'Привет мир, это длинное предложение на русском языке для проверки счёта слов.',
    ];
    const dump = `Title\n\nPost Syndicated from A original https://example.com/a\n\n${body.join('\n\n')}\n`;
    const expected = body.reduce((sum, line) => sum + trimAll(line).split(/ +/).length, 0);
    assert.equal(parseText(dump, 'x').posts[0].wordCount, expected);
  });
});

describe('authors and sources', () => {
  it('splits author lists but keeps nicknames and native names', () => {
    assert.deepEqual(splitAuthors('Nikos Tragaras, Raphaël Afanyan'), ['Nikos Tragaras', 'Raphaël Afanyan']);
    assert.deepEqual(splitAuthors('Alice Smith and Bob Jones'), ['Alice Smith', 'Bob Jones']);
    assert.deepEqual(splitAuthors('A. One, B. Two, and C. Three'), ['A. One', 'B. Two', 'C. Three']);
    assert.deepEqual(splitAuthors('Michael "Monty" Widenius'), ['Michael "Monty" Widenius']);
    assert.deepEqual(splitAuthors('Channy Yun (윤석찬)'), ['Channy Yun (윤석찬)']);
    assert.deepEqual(splitAuthors('Jane Doe (AWS, Berlin) and John Roe'), ['Jane Doe (AWS, Berlin)', 'John Roe']);
    assert.deepEqual(splitAuthors('Grab Tech'), ['Grab Tech']);
  });

  it('splits authors as the character-by-character definition it replaced does (fuzzed)', () => {
    // The former splitAuthors, kept as the definition: a name grows a character at a time and is flushed at a
    // free comma or semicolon, or at a free space followed by "and " or "& ".
    const reference = (author: string): string[] => {
      const parts: string[] = [];
      let depth = 0;
      let inQuote = false;
      let current = '';
      const flush = (): void => {
        const name = current.trim().replace(/^(?:and|&)\s+/i, '').trim();
        if (name) parts.push(name);
        current = '';
      };
      for (let i = 0; i < author.length; i++) {
        const c = author[i];
        if (c === '(' || c === '[') depth++;
        else if ((c === ')' || c === ']') && depth > 0) depth--;
        else if (c === '"' || c === '“' || c === '”') inQuote = c === '“' ? true : c === '”' ? false : !inQuote;
        const free = depth === 0 && !inQuote;
        if (free && (c === ',' || c === ';')) { flush(); continue; }
        if (free && /\s/.test(c)) {
          const conj = /^(and|&)\s+/i.exec(author.slice(i + 1));
          if (conj) { flush(); i += conj[0].length; continue; }
        }
        current += c;
      }
      flush();
      return parts.length > 0 ? parts : [author.trim()].filter(Boolean);
    };
    const pieces = ['Ada', ' ', '  ', 'and ', 'And', ' and', '&', '& ', ',', ';', '(', ')', '[', ']', '"', '“', '”', '\u00a0', '\t', 'Lane', 'Élan', 'X.', 'andy', 'AND\u3000', '\u2028'];
    let seed = 11;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const author = Array.from({ length: Math.floor(random() * 10) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      assert.deepEqual(splitAuthors(author), reference(author), JSON.stringify(author));
    }
  });

  it('names the site or blog from the URL', () => {
    assert.equal(sourceOf('https://aws.amazon.com/blogs/big-data/x/'), 'AWS Big Data Blog');
    assert.equal(sourceOf('https://aws.amazon.com/blogs/aws/x/'), 'AWS News Blog');
    assert.equal(sourceOf('https://aws.amazon.com/blogs/messaging-and-targeting/x/'), 'AWS Messaging & Targeting Blog');
    assert.equal(sourceOf('https://aws.amazon.com/blogs/security/x/'), 'AWS Security Blog');
    assert.equal(sourceOf('https://lwn.net/Articles/1/'), 'LWN.net');
    assert.equal(sourceOf('https://blog.cloudflare.com/x'), 'The Cloudflare Blog');
    assert.equal(sourceOf('https://engineering.grab.com/x'), 'Grab Engineering');
    assert.equal(sourceOf('https://www.toest.bg/x/'), 'Toest');
    assert.equal(sourceOf('http://monty-says.blogspot.com/2024/10/x.html'), 'Monty Says');
    assert.equal(sourceOf('https://www.example.org/post'), 'example.org');
    assert.equal(sourceOf('not a url'), 'Unknown source');
  });
});

describe('mergeArticles', () => {
  it('keeps one article per URL across files, with the tags of every copy', () => {
    const a = parseText(DUMP, 'a.txt');
    const b = parseText(DUMP.replace('Tag Archives: Partner solutions', 'Tag Archives: Analytics'), 'b.txt');
    const merged = mergeArticles([a, b]);
    assert.equal(merged.length, 2);
    assert.equal(merged[0].file, 'a.txt');
    assert.deepEqual(merged[0].tags, ['Partner solutions', 'Analytics']);
    const c = parseText(DUMP.replace('https://lwn.net/Articles/123456/', 'http://lwn.net/Articles/123456'), 'c.txt');
    assert.equal(mergeArticles([a, c]).length, 2, 'http/https and a trailing slash are the same URL');
  });
});

describe('parse: the seed corpus', function () {
  this.timeout(30_000);
  before(function () {
    if (!corpusAvailable()) this.skip();
  });

  it('matches every labelled post: metadata, body lines and natural language', () => {
    for (const name of corpusFiles()) {
      const truth = truthOf(name);
      const parsed = parsedSeed(name);
      assert.equal(parsed.preamble, truth.preamble, name);
      assert.equal(parsed.posts.length, truth.posts.length, name);
      truth.posts.forEach((tp, i) => {
        const p = parsed.posts[i];
        assert.deepEqual(
          [p.title, p.author, p.url, p.titleLine, p.syndicatedLine, p.bodyStartLine, p.language],
          [tp.title, tp.author, tp.url, tp.titleLine, tp.syndicatedLine, tp.bodyStartLine, tp.language], `${name} post ${i}`);
        // The labels count the site footer into the last body; the parser leaves it out.
        assert.ok(p.bodyEndLine === tp.bodyEndLine || p.bodyEndLine < tp.bodyEndLine, `${name} post ${i} body end`);
      });
    }
  });

  it('keeps the footer out of the last article', () => {
    const parsed = parsedSeed('000_fa2dac6fcab9c357.txt');
    const last = parsed.posts[parsed.posts.length - 1];
    assert.ok(last.bodyEndLine < 818);
    assert.ok(!JSON.stringify(last.body).includes('collective thoughts'));
  });

  it('takes the "Tag Archives" preamble as a tag of every post in the file', () => {
    const parsed = parsedSeed('004_bbee9d235d1cf473.txt');
    assert.equal(parsed.posts.length, 19);
    for (const post of parsed.posts) assert.deepEqual(post.tags, ['Partner solutions']);
  });

  it('splits glued SQL off the end of a sentence', () => {
    const post = article(parsedSeed('004_bbee9d235d1cf473.txt'), 'Break down data silos');
    const block = post.codeBlocks.find(b => b.startLine === 413);
    assert.ok(block);
    assert.equal(block.code, 'SELECT * FROM s3iceberg_customer LIMIT 10;');
    const paragraph = allBlocks(post.body).find(b => b.type === 'paragraph' && b.line === 413);
    assert.ok(paragraph && paragraph.type === 'paragraph' && paragraph.text.endsWith('run the following sample query:'));
  });

  it('takes code that starts on a list item line, without the marker', () => {
    const post = article(parsedSeed('002_318fa93cbdaa8021.txt'), 'Introducing an enhanced local IDE');
    const block = post.codeBlocks.find(b => b.startLine === 375);
    assert.ok(block);
    assert.equal(block.endLine, 380);
    assert.equal(block.lang, 'toml');
    assert.equal(block.code.split('\n')[0], 'version = 0.1');
    assert.equal(block.code.split('\n')[1], '[default.build.parameters]');
  });

  it('removes list indentation from code nested in a list and attaches it to the item', () => {
    const post = article(parsedSeed('001_5bf6622949292230.txt'), 'Monitoring AWS End User Messaging');
    const policy = post.codeBlocks.find(b => b.startLine === 1033);
    assert.ok(policy);
    assert.equal(policy.endLine, 1060, 'a block ending with } right before the next list item');
    assert.deepEqual([policy.lang, policy.kind], ['json', 'iam-policy']);
    assert.ok(policy.code.startsWith('{\n    "Version"'));
    const lists = allBlocks(post.body).filter(b => b.type === 'list');
    const owner = lists.flatMap(l => (l.type === 'list' ? l.items : [])).find(i => i.children.some(c => c.type === 'code' && c.codeIndex === policy.index));
    assert.ok(owner, 'the policy is a child of the list item that introduces it');
  });

  it('keeps back-to-back files in one block and ends it at a heading glued to the code', () => {
    const post = article(parsedSeed('002_318fa93cbdaa8021.txt'), 'Workers Builds');
    const block = post.codeBlocks.find(b => b.startLine === 1735);
    assert.ok(block);
    assert.equal(block.endLine, 1851);
    assert.equal(block.lang, 'typescript');
    const heading = allBlocks(post.body).find(b => b.line === 1852);
    assert.deepEqual(heading, { type: 'heading', line: 1852, text: 'Alarms' });
  });

  it('reads numbered traceroute lines as output, not as a list', () => {
    const post = article(parsedSeed('000_fa2dac6fcab9c357.txt'), 'BGP zombies');
    const block = post.codeBlocks.find(b => b.startLine === 507);
    assert.ok(block);
    assert.deepEqual([block.endLine, block.lang, block.kind], [518, 'plaintext', 'output']);
    assert.ok(!allBlocks(post.body).some(b => b.type === 'list' && b.line >= 507 && b.line <= 518));
    const prompt = post.codeBlocks.find(b => b.startLine === 552);
    assert.ok(prompt && prompt.hasPrompts && prompt.lang === 'shellscript');
  });

  it('keeps Zabbix text-art templates as plain-text blocks', () => {
    const post = article(parsedSeed('001_5bf6622949292230.txt'), 'Podman Container Monitoring');
    const spans = post.codeBlocks.map(b => [b.startLine, b.endLine, b.lang]);
    assert.deepEqual(spans, [[482, 493, 'plaintext'], [527, 762, 'plaintext'], [770, 775, 'plaintext']]);
  });

  it('does not take prose that mentions code for code', () => {
    // An image description quoting a whole SQL query, SQL keywords in feature bullets, a poem, LWN quotes.
    const smugmug = article(parsedSeed('004_bbee9d235d1cf473.txt'), 'How SmugMug');
    assert.ok(!smugmug.codeBlocks.some(b => b.startLine === 2266));
    const mariadb = article(parsedSeed('002_318fa93cbdaa8021.txt'), 'Celebrating 15 years of MariaDB');
    assert.equal(mariadb.codeBlocks.length, 0);
    const poem = article(parsedSeed('002_318fa93cbdaa8021.txt'), 'Quoth the Drive Stats');
    assert.equal(poem.codeBlocks.length, 0);
    for (const post of parsedSeed('003_242824b32355e48b.txt').posts.filter(p => p.source === 'LWN.net')) {
      assert.equal(post.codeBlocks.length, 0, post.title);
    }
  });

  it('parses the Bulgarian posts: Cyrillic text, no code', () => {
    const bulgarian = corpusFiles().flatMap(name => parsedSeed(name).posts).filter(p => p.source === 'Toest');
    assert.equal(bulgarian.length, 4);
    for (const post of bulgarian) {
      assert.equal(post.language, 'bg');
      assert.equal(post.codeBlocks.length, 0);
      assert.ok(post.body.length > 3);
      assert.ok(post.topics.includes('Society & Politics'));
    }
  });

  it('rebuilds flattened tables into rows and columns', () => {
    const eclipse = article(parsedSeed('003_242824b32355e48b.txt'), 'Total eclipse of the Internet');
    const tables = eclipse.body.filter(b => b.type === 'table');
    assert.equal(tables.length, 3);
    const [us] = tables;
    assert.ok(us.type === 'table');
    assert.deepEqual(us.rows[0], ['State', 'Time of drop (UTC)', 'Local time', '% of drop']);
    assert.deepEqual(us.rows[1], ['Vermont', '19:25', '15:25', '-60%']);
    const baselime = article(parsedSeed('002_318fa93cbdaa8021.txt'), 'Moving Baselime');
    const costs = baselime.body.find(b => b.type === 'table');
    assert.ok(costs && costs.type === 'table');
    assert.deepEqual(costs.rows[costs.rows.length - 1], ['Total', '$1,940', '$325 (83% cost reduction)']);
  });

  it('recognises headings, captions and nested lists', () => {
    const post = article(parsedSeed('000_fa2dac6fcab9c357.txt'), 'Use trusted identity propagation');
    const blocks = allBlocks(post.body);
    assert.ok(blocks.some(b => b.type === 'heading' && b.text === 'Prerequisites'));
    const nested = post.body.find(b => b.type === 'list' && b.items.some(i => i.children.some(c => c.type === 'list')));
    assert.ok(nested, 'a list with a nested list');
    const zabbix = article(parsedSeed('001_5bf6622949292230.txt'), 'Podman Container Monitoring');
    assert.ok(allBlocks(zabbix.body).some(b => b.type === 'caption' && b.text.startsWith('Fig 1.')));
  });

  it('indexes code blocks in order and links body code nodes to them', () => {
    for (const name of corpusFiles()) {
      for (const post of parsedSeed(name).posts) {
        post.codeBlocks.forEach((b, i) => assert.equal(b.index, i));
        const linked = allBlocks(post.body).filter(b => b.type === 'code').map(b => (b.type === 'code' ? b.codeIndex : -1));
        assert.deepEqual(linked, post.codeBlocks.map(b => b.index), post.title);
      }
    }
  });

  it('takes the plain-sentence shortcut only for lines the full score calls prose', () => {
    let shortcuts = 0;
    for (const name of corpusFiles()) {
      for (const raw of seedText(name).split('\n')) {
        const text = raw.trim().replace(/^(?:[•▪◦]|\d+\.)\s+/, '');
        if (!isPlainSentence(text)) continue;
        shortcuts++;
        assert.ok(scoreLine(text).score < 0, text); // never code-like, though not always a clear sentence
      }
    }
    assert.ok(shortcuts > 1000);
  });

  it('counts the words of every body as runs of plain spaces in its trimmed lines', () => {
    for (const name of corpusFiles()) {
      const lines = seedText(name).split(/\r\n|\r|\n/);
      for (const post of parsedSeed(name).posts) {
        let words = 0;
        for (let i = post.bodyStartLine - 1; i < post.bodyEndLine; i++) {
          const text = trimAll(lines[i]);
          if (text) words += text.split(/ +/).length;
        }
        assert.equal(post.wordCount, words, post.title);
      }
    }
  });

  it('finds the same posts when the file uses CRLF line ends', () => {
    const name = '002_318fa93cbdaa8021.txt';
    const crlf = parseText(seedText(name).replace(/\n/g, '\r\n'), name);
    const lf = parsedSeed(name);
    assert.deepEqual(crlf.posts.map(p => [p.titleLine, p.codeBlocks.map(b => [b.startLine, b.endLine, b.lang])]),
      lf.posts.map(p => [p.titleLine, p.codeBlocks.map(b => [b.startLine, b.endLine, b.lang])]));
  });
});

describe('tech-articles parse (CLI)', function () {
  this.timeout(60_000);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');

  before(function () {
    if (!fs.existsSync(cli)) this.skip();
  });

  it('prints the contract JSON, reports unreadable files and exits 1 for them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-cli-'));
    try {
      const good = path.join(dir, 'dump.txt');
      const binary = path.join(dir, 'image.png');
      const empty = path.join(dir, 'notes.txt');
      fs.writeFileSync(good, DUMP.replace(/\n/g, '\r\n'));
      fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      fs.writeFileSync(empty, 'nothing here\n');
      const run = spawnSync(process.execPath, [cli, 'parse', good, binary, empty, path.join(dir, 'missing.txt'), '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 1, run.stderr);
      const out = JSON.parse(run.stdout) as { files: Array<Record<string, unknown> & { posts: Array<Record<string, unknown>> }> };
      assert.equal(out.files.length, 4);
      const [dump, image, notes, missing] = out.files;
      assert.equal(dump.file, good);
      assert.equal(dump.preamble, 'Tag Archives: Partner solutions');
      assert.equal(dump.posts.length, 2);
      for (const key of ['title', 'author', 'authors', 'url', 'titleLine', 'syndicatedLine', 'bodyStartLine', 'bodyEndLine', 'topics', 'source', 'codeBlocks']) {
        assert.ok(key in dump.posts[0], key);
      }
      assert.deepEqual(dump.posts[0].codeBlocks, [{ index: 0, startLine: 11, endLine: 11, lang: 'sql', kind: null, code: "SELECT * FROM sales WHERE region = 'eu';", hasPrompts: false }]);
      assert.match(String(image.error), /binary/);
      assert.equal(notes.error, undefined);
      assert.deepEqual(notes.posts, []);
      assert.match(String(notes.notice), /No posts/);
      assert.match(String(missing.error), /not found/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when its output is closed early (piped into head)', () => {
    const files = fs.readdirSync(CORPUS_DIR).filter(n => n.endsWith('.txt')).map(n => `'${path.join(CORPUS_DIR, n)}'`).join(' ');
    const script = `'${process.execPath}' '${cli}' parse ${files} --json 2>&1 | head -c 100 > /dev/null; echo "exit \${PIPESTATUS[0]}"`;
    const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    assert.equal(run.stdout.trim(), 'exit 0', run.stderr);
  });

  it('exits 0 when every file was read, even without posts', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tech-articles-cli-'));
    try {
      const empty = path.join(dir, 'empty.txt');
      fs.writeFileSync(empty, '');
      const run = spawnSync(process.execPath, [cli, 'parse', empty, '--json'], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout) as { files: unknown[] }).files.length, 1);
      const text = spawnSync(process.execPath, [cli, 'parse', empty], { encoding: 'utf8' });
      assert.match(text.stdout, /0 post\(s\)/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
