// Scoring of a held-out set (test/fixtures/heldout*/): the metrics of shared/eval/score.py on parseText, and
// one describe block per set so that every set is checked the same way.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseText } from '../../src/core/parse';
import type { BodyBlock, ParsedFile } from '../../src/core/model';

export interface TruthBlock { startLine: number; endLine: number; lang: string; kind: string | null; confidence: string }
export interface TruthPost {
  title: string; titleLine: number; author: string; url: string; syndicatedLine: number;
  bodyStartLine: number; bodyEndLine: number; language: string; codeBlocks: TruthBlock[];
  /** Flattened tables (sets built with @@table markers): header row's first line, rows and columns. */
  tables?: Array<{ line: number; rows: number; columns: number }>;
}
export interface TruthFile { file: string; preamble: string | null; posts: TruthPost[] }
interface Span { startLine: number; endLine: number; lang: string; kind: string | null }

export interface Scores {
  posts: number; postsExact: number;
  truthBlocks: number; predictedBlocks: number; matched: number; exact: number;
  languageRight: number; kindTotal: number; kindRight: number;
  problems: string[];
}

function iou(a: Span, b: Span): number {
  const overlap = Math.max(0, Math.min(a.endLine, b.endLine) - Math.max(a.startLine, b.startLine) + 1);
  const union = (a.endLine - a.startLine + 1) + (b.endLine - b.startLine + 1) - overlap;
  return overlap / union;
}

/** Same matching as score.py: truth blocks in order, each takes the unused prediction with the best IoU ≥ 0.5. */
export function score(pairs: { truth: TruthFile; parsed: ParsedFile; lines: string[] }[]): Scores {
  const s: Scores = { posts: 0, postsExact: 0, truthBlocks: 0, predictedBlocks: 0, matched: 0, exact: 0,
    languageRight: 0, kindTotal: 0, kindRight: 0, problems: [] };
  for (const { truth, parsed, lines } of pairs) {
    const firstLine = (n: number) => JSON.stringify((lines[n - 1] ?? '').trim().slice(0, 60));
    const bySyndicated = new Map(parsed.posts.map(p => [p.syndicatedLine, p]));
    for (const t of truth.posts) {
      s.posts++;
      const p = bySyndicated.get(t.syndicatedLine);
      if (p && p.title === t.title && p.author === t.author && p.url === t.url && p.titleLine === t.titleLine) s.postsExact++;
      else s.problems.push(`POST ${truth.file}:${t.titleLine} ${JSON.stringify(t.title)} → ${p ? JSON.stringify(p.title) : 'not found'}`);
    }
    const truthBlocks: Span[] = truth.posts.flatMap(p => p.codeBlocks);
    const predicted: Span[] = parsed.posts.flatMap(p => p.codeBlocks);
    s.truthBlocks += truthBlocks.length;
    s.predictedBlocks += predicted.length;
    const used = new Set<number>();
    for (const t of truthBlocks) {
      let best = -1;
      let bestIou = 0;
      predicted.forEach((p, i) => {
        const value = used.has(i) ? 0 : iou(t, p);
        if (value > bestIou) { best = i; bestIou = value; }
      });
      const where = `${truth.file}:${t.startLine}-${t.endLine}`;
      if (best < 0 || bestIou < 0.5) {
        s.problems.push(`MISSED ${where} ${t.lang} ${firstLine(t.startLine)}`);
        continue;
      }
      used.add(best);
      const p = predicted[best];
      s.matched++;
      if (p.startLine === t.startLine && p.endLine === t.endLine) s.exact++;
      else s.problems.push(`BOUNDS ${where} predicted ${p.startLine}-${p.endLine} ${firstLine(t.startLine)}`);
      if (p.lang === t.lang) s.languageRight++;
      else s.problems.push(`LANG ${where} expected ${t.lang}, got ${p.lang} ${firstLine(t.startLine)}`);
      if (t.kind === 'cdk' || t.kind === 'iam-policy') {
        s.kindTotal++;
        if (p.kind === t.kind) s.kindRight++;
        else s.problems.push(`KIND ${where} expected ${t.kind}, got ${p.kind} ${firstLine(t.startLine)}`);
      }
    }
    predicted.forEach((p, i) => {
      if (!used.has(i)) s.problems.push(`FALSE+ ${truth.file}:${p.startLine}-${p.endLine} ${p.lang} ${firstLine(p.startLine)}`);
    });
  }
  return s;
}

export function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

export function f1(s: Scores): number {
  const precision = ratio(s.matched, s.predictedBlocks);
  const recall = ratio(s.matched, s.truthBlocks);
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function problemsOf(s: Scores, tag: string): string {
  const list = s.problems.filter(p => p.startsWith(tag));
  return list.length ? `\n  ${list.join('\n  ')}` : '';
}

export interface HeldOutSet { pairs: Array<{ truth: TruthFile; parsed: ParsedFile; lines: string[] }>; scores: Scores }

/** Parses every dump of a set that has a truth file. */
export function loadSet(dir: string): HeldOutSet {
  const truthDir = path.join(dir, 'truth');
  const truthFiles: TruthFile[] = fs.existsSync(truthDir)
    ? fs.readdirSync(truthDir).filter(f => f.endsWith('.json')).sort()
      .map(f => JSON.parse(fs.readFileSync(path.join(truthDir, f), 'utf8')) as TruthFile)
    : [];
  const pairs = truthFiles.map(truth => {
    const text = fs.readFileSync(path.join(dir, truth.file), 'utf8');
    return { truth, parsed: parseText(text, truth.file), lines: text.split(/\r?\n/) };
  });
  return { pairs, scores: score(pairs) };
}

/** The checks every held-out set gets: labels point at real lines, posts exact, and the code-block targets. */
/** `kindMisses`: labels that go against LABELING.md on purpose of the set's writer (its README names them). */
export function checkHeldOutSet(set: HeldOutSet, label: string, files: number, target: { blockF1: number; exactBounds: number; language: number }, kindMisses = 0): void {
  const { pairs, scores: s } = set;
  const truthFiles = pairs.map(p => p.truth);

  before(() => {
    console.log(`    ${label}: posts ${s.postsExact}/${s.posts} exact; blocks truth ${s.truthBlocks}, predicted ` +
      `${s.predictedBlocks}, matched ${s.matched}, exact bounds ${s.exact}; block F1 ${f1(s).toFixed(3)}; ` +
      `language ${s.languageRight}/${s.matched} (${ratio(s.languageRight, s.matched).toFixed(3)}); ` +
      `kind cdk/iam-policy ${s.kindRight}/${s.kindTotal}`);
  });

  it(`has the ${files} dumps with labels that point at real lines`, () => {
    assert.equal(truthFiles.length, files);
    for (const { truth, lines } of pairs) {
      for (const post of truth.posts) {
        assert.equal(lines[post.titleLine - 1], post.title, `${truth.file}:${post.titleLine}`);
        assert.match(lines[post.syndicatedLine - 1], /^Post Syndicated from /, `${truth.file}:${post.syndicatedLine}`);
        for (const block of post.codeBlocks) {
          assert.ok(block.startLine >= post.bodyStartLine && block.endLine <= post.bodyEndLine, `${truth.file}:${block.startLine}`);
          assert.notEqual(lines[block.startLine - 1].trim(), '', `${truth.file}:${block.startLine} is blank`);
          assert.notEqual(lines[block.endLine - 1].trim(), '', `${truth.file}:${block.endLine} is blank`);
        }
      }
    }
  });

  it('finds every post with its exact title, author, URL and title line', () => {
    assert.equal(s.postsExact, s.posts, `posts ${s.postsExact}/${s.posts}${problemsOf(s, 'POST')}`);
  });

  it(`finds the code blocks (F1 at IoU ≥ 0.5 of at least ${target.blockF1})`, () => {
    assert.ok(f1(s) >= target.blockF1,
      `block F1 ${f1(s).toFixed(3)} is below the held-out target ${target.blockF1}${problemsOf(s, 'MISSED')}${problemsOf(s, 'FALSE+')}`);
  });

  it(`gets the exact bounds of at least ${target.exactBounds * 100}% of the blocks it finds`, () => {
    assert.ok(ratio(s.exact, s.matched) >= target.exactBounds,
      `exact bounds ${s.exact}/${s.matched} is below the held-out target${problemsOf(s, 'BOUNDS')}`);
  });

  it(`names the right language for at least ${target.language * 100}% of the blocks it finds`, () => {
    assert.ok(ratio(s.languageRight, s.matched) >= target.language,
      `TARGET NOT YET REACHED: language accuracy ${s.languageRight}/${s.matched} ` +
      `(${ratio(s.languageRight, s.matched).toFixed(3)}) is below the held-out target ${target.language}; ` +
      `the language rules do not yet generalise beyond the seed corpus's languages${problemsOf(s, 'LANG')}`);
  });

  it('marks every CDK block and IAM policy with its kind', () => {
    assert.ok(s.kindTotal - s.kindRight <= kindMisses, `kind ${s.kindRight}/${s.kindTotal}${problemsOf(s, 'KIND')}`);
  });
}

/** Tables in a body, nested lists included: header row's first line, rows and columns. */
export function tablesOf(blocks: readonly BodyBlock[]): Array<{ line: number; rows: number; columns: number }> {
  const found: Array<{ line: number; rows: number; columns: number }> = [];
  for (const block of blocks) {
    if (block.type === 'table') found.push({ line: block.line, rows: block.rows.length, columns: block.rows[0]?.length ?? 0 });
    if (block.type === 'list') for (const item of block.items) found.push(...tablesOf(item.children));
  }
  return found;
}

/**
 * Labelled tables rebuilt with their shape (at least `minimumExact` of them; all by default), no table where none
 * is labelled, and every post's natural language.
 */
export function checkTablesAndLanguages(set: HeldOutSet, tables: number, minimumExact = tables): void {
  it(`rebuilds ${minimumExact === tables ? 'every' : `at least ${minimumExact} of ${tables}`} flattened tables with their rows and columns, and no other`, () => {
    let labelled = 0;
    let exact = 0;
    const problems: string[] = [];
    for (const { truth, parsed } of set.pairs) {
      truth.posts.forEach((post, k) => {
        const expected = post.tables ?? [];
        const found = tablesOf(parsed.posts[k].body);
        labelled += expected.length;
        for (const table of expected) {
          if (found.some(f => f.line === table.line && f.rows === table.rows && f.columns === table.columns)) exact++;
          else problems.push(`${truth.file}:${table.line} ${table.rows}x${table.columns} not rebuilt exactly`);
        }
        assert.ok(found.length <= expected.length, `${truth.file}: ${post.title}: ${found.length} tables, ${expected.length} labelled`);
      });
    }
    assert.equal(labelled, tables);
    assert.ok(exact >= minimumExact, `${exact}/${tables} tables exact\n  ${problems.join('\n  ')}`);
  });

  it('tells the Bulgarian posts from the English ones', () => {
    for (const { truth, parsed } of set.pairs) {
      truth.posts.forEach((post, k) => assert.equal(parsed.posts[k].language, post.language, post.title));
    }
  });
}
