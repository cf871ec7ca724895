// The scorer's metrics (../shared/eval/score.py) re-implemented over the seed corpus, with the issue's
// thresholds asserted, so parser quality cannot regress silently.
import * as assert from 'node:assert/strict';
import type { CodeBlock } from '../../src/core/model';
import { corpusAvailable, corpusFiles, parsedSeed, truthOf, type TruthBlock } from './parse.corpus';

interface Score {
  postsOk: number; postsTotal: number;
  truthBlocks: number; predictedBlocks: number; matched: number; exact: number;
  langOk: number; kindOk: number; kindTotal: number;
  f1: number; languageAccuracy: number; exactShare: number;
  misses: string[];
}

function range(b: { startLine: number; endLine: number }): Set<number> {
  const s = new Set<number>();
  for (let i = b.startLine; i <= b.endLine; i++) s.add(i);
  return s;
}

function score(): Score {
  const r: Score = { postsOk: 0, postsTotal: 0, truthBlocks: 0, predictedBlocks: 0, matched: 0, exact: 0, langOk: 0, kindOk: 0, kindTotal: 0, f1: 0, languageAccuracy: 0, exactShare: 0, misses: [] };
  for (const name of corpusFiles()) {
    const truth = truthOf(name);
    const parsed = parsedSeed(name);
    const bySyndicated = new Map(parsed.posts.map(p => [p.syndicatedLine, p]));
    const truthBlocks: TruthBlock[] = [];
    for (const tp of truth.posts) {
      r.postsTotal++;
      const q = bySyndicated.get(tp.syndicatedLine);
      if (q && q.title === tp.title && q.author === tp.author && q.url === tp.url && q.titleLine === tp.titleLine) r.postsOk++;
      else r.misses.push(`post ${name}:${tp.syndicatedLine}`);
      truthBlocks.push(...tp.codeBlocks);
    }
    const predicted: CodeBlock[] = parsed.posts.flatMap(p => p.codeBlocks);
    r.truthBlocks += truthBlocks.length;
    r.predictedBlocks += predicted.length;
    const used = new Set<number>();
    for (const tb of truthBlocks) {
      const t = range(tb);
      let best = -1;
      let bestIou = 0;
      predicted.forEach((pb, i) => {
        if (used.has(i)) return;
        const p = range(pb);
        let inter = 0;
        for (const x of t) if (p.has(x)) inter++;
        const iou = inter / (t.size + p.size - inter);
        if (iou > bestIou) { best = i; bestIou = iou; }
      });
      if (best < 0 || bestIou < 0.5) { r.misses.push(`block ${name}:${tb.startLine}-${tb.endLine}`); continue; }
      used.add(best);
      const pb = predicted[best];
      r.matched++;
      if (pb.startLine === tb.startLine && pb.endLine === tb.endLine) r.exact++;
      if (pb.lang === tb.lang) r.langOk++;
      else r.misses.push(`lang ${name}:${tb.startLine} ${tb.lang} → ${pb.lang}`);
      if (tb.kind === 'cdk' || tb.kind === 'iam-policy') {
        r.kindTotal++;
        if (pb.kind === tb.kind) r.kindOk++;
        else r.misses.push(`kind ${name}:${tb.startLine} ${tb.kind} → ${pb.kind}`);
      }
    }
  }
  const precision = r.predictedBlocks ? r.matched / r.predictedBlocks : 0;
  const recall = r.truthBlocks ? r.matched / r.truthBlocks : 0;
  r.f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  r.languageAccuracy = r.matched ? r.langOk / r.matched : 0;
  r.exactShare = r.matched ? r.exact / r.matched : 0;
  return r;
}

describe('parser quality on the labelled seed corpus', function () {
  this.timeout(60_000);
  let result: Score;

  before(function () {
    if (!corpusAvailable()) this.skip();
    result = score();
  });

  it('parses all 68 posts exactly (title, author, URL, title line)', () => {
    assert.equal(result.postsTotal, 68);
    assert.equal(result.postsOk, 68, result.misses.filter(m => m.startsWith('post')).join('\n'));
  });

  it('finds code blocks with F1 ≥ 0.97', () => {
    assert.ok(result.f1 >= 0.97, `F1 ${result.f1.toFixed(3)}\n${result.misses.join('\n')}`);
  });

  it('gets exact boundaries for ≥ 90% of matched blocks', () => {
    assert.ok(result.exactShare >= 0.9, `exact ${result.exact}/${result.matched}`);
  });

  it('labels languages with accuracy ≥ 0.97', () => {
    assert.ok(result.languageAccuracy >= 0.97, `language ${result.langOk}/${result.matched}\n${result.misses.filter(m => m.startsWith('lang')).join('\n')}`);
  });

  it('gets every cdk and iam-policy kind right', () => {
    assert.ok(result.kindTotal >= 12);
    assert.equal(result.kindOk, result.kindTotal, result.misses.filter(m => m.startsWith('kind')).join('\n'));
  });
});
