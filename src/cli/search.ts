// `tech-articles search "QUERY" FILE... [--json] [--limit N]`: the extension's article search from a shell
// (contract: shared/contracts/search-output.md). Reading state and notes live in VS Code, so `is:` and
// `has:notes` filters match nothing here.
import type { Article } from '../core/model';
import { parseFile } from '../core/parseFile';
import { ArticleSearch } from '../core/search/articleSearch';

const USAGE = 'usage: tech-articles search "QUERY" FILE... [--json] [--limit N]\n';
const DEFAULT_LIMIT = 20;

interface SearchArgs {
  query: string;
  files: string[];
  json: boolean;
  limit: number;
}

function parseArgs(args: readonly string[]): SearchArgs | string {
  const positional: string[] = [];
  let json = false;
  let limit = DEFAULT_LIMIT;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
      if (value === undefined || !/^\d+$/.test(value)) return `--limit needs a whole number, got ${value === undefined ? 'nothing' : `"${value}"`}`;
      limit = Number(value);
    } else if (arg.startsWith('--') && positional.length > 0) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  const [query, ...files] = positional;
  if (query === undefined || files.length === 0) return 'a query and at least one file are needed';
  return { query, files, json, limit };
}

export async function runSearch(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tech-articles search: ${parsed}\n${USAGE}`);
    return 2;
  }
  const articles: Article[] = [];
  let unreadable = false;
  for (const file of parsed.files) {
    const result = await parseFile(file);
    if (result.error) {
      unreadable = true;
      process.stderr.write(`${file}: ${result.error}\n`);
    }
    articles.push(...result.posts);
  }

  const indexStarted = performance.now();
  const search = ArticleSearch.build(articles);
  const indexMs = performance.now() - indexStarted;
  const queryStarted = performance.now();
  const outcome = search.search(parsed.query, { limit: parsed.limit });
  const queryMs = performance.now() - queryStarted;

  const round = (value: number) => Math.round(value * 10) / 10;
  if (parsed.json) {
    const document = {
      query: parsed.query,
      articles: search.articleCount,
      indexMs: round(indexMs),
      queryMs: round(queryMs),
      results: outcome.hits.map(hit => ({ url: hit.url, title: hit.article.title, score: hit.score, snippet: hit.snippet })),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const lines: string[] = [];
    if (outcome.query.invalid.length > 0) lines.push(`not understood: ${outcome.query.invalid.join(' ')}`);
    if (outcome.partial) lines.push('no article has every word; these have some:');
    outcome.hits.forEach((hit, i) => {
      lines.push(`${i + 1}. ${hit.article.title}  (${hit.score})`, `   ${hit.url}`);
      if (hit.snippet) lines.push(`   ${hit.snippet}`);
    });
    lines.push(`${outcome.hits.length} of ${outcome.total} matching, ${search.articleCount} articles; index ${round(indexMs)} ms, query ${round(queryMs)} ms`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return unreadable ? 1 : 0;
}
