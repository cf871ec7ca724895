import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, repoRoot } from '../harness/paths';

// The transpiled CLI (out/src/cli.js) runs the same code as the bundled dist/cli.js.
const cli = path.join(repoRoot, 'out', 'src', 'cli.js');
const corpus = fs.readdirSync(corpusDir).filter(name => name.endsWith('.txt')).sort().map(name => path.join(corpusDir, name));

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'search', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('search CLI (contracts/search-output.md)', function () {
  this.timeout(30000);

  it('prints the contract document with --json', () => {
    const { status, stdout } = run('kinesys', ...corpus, '--json', '--limit', '2');
    assert.equal(status, 0);
    const document = JSON.parse(stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(document), ['query', 'articles', 'indexMs', 'queryMs', 'results']);
    assert.equal(document.query, 'kinesys');
    assert.equal(document.articles, 68);
    assert.equal(typeof document.indexMs, 'number');
    assert.equal(typeof document.queryMs, 'number');
    const results = document.results as Array<Record<string, unknown>>;
    assert.equal(results.length, 2);
    assert.deepEqual(Object.keys(results[0]), ['url', 'title', 'score', 'snippet']);
    assert.match(String(results[0].url), /near-real-time-baggage/);
    assert.match(String(results[0].snippet), /Kinesis/);
    assert.ok((results[0].score as number) >= (results[1].score as number));
  });

  it('defaults to 20 results and applies filters', () => {
    const all = JSON.parse(run('aws', ...corpus, '--json').stdout) as { results: unknown[] };
    assert.equal(all.results.length, 20);
    const toest = JSON.parse(run('source:toest', ...corpus, '--json').stdout) as { results: Array<{ url: string }> };
    assert.equal(toest.results.length, 4);
    assert.ok(toest.results.every(result => result.url.startsWith('https://www.toest.bg/')));
  });

  it('exits 0 with empty results when nothing matches', () => {
    const { status, stdout } = run('xyzzyq', corpus[0], '--json');
    assert.equal(status, 0);
    assert.deepEqual((JSON.parse(stdout) as { results: unknown[] }).results, []);
  });

  it('exits 1 and names the file that cannot be read, still searching the others', () => {
    const { status, stdout, stderr } = run('лукойл', '/nonexistent/dump.txt', ...corpus, '--json');
    assert.equal(status, 1);
    assert.match(stderr, /\/nonexistent\/dump\.txt: .*not found/);
    assert.match((JSON.parse(stdout) as { results: Array<{ url: string }> }).results[0].url, /lukoyl/);
  });

  it('prints readable text without --json, and usage errors exit 2', () => {
    const text = run('s3.Bucket', ...corpus, '--limit', '1');
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^1\. How CyberArk/);
    assert.match(text.stdout, /query [\d.]+ ms/);
    assert.equal(run('only-a-query').status, 2);
    assert.equal(run('q', corpus[0], '--limit', 'many').status, 2);
  });
});
