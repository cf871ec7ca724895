// `tech-articles parse FILE... [--json]`: parses dump files with the extension's own parser.
import { parseFile } from '../core/parseFile';
import type { Article, ParsedFile } from '../core/model';

export async function runParse(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter(a => a !== '--json');
  if (files.length === 0) {
    process.stderr.write('usage: tech-articles parse FILE... [--json]\n');
    return 2;
  }
  const results: ParsedFile[] = [];
  for (const file of files) results.push(await parseFile(file));
  if (json) {
    process.stdout.write(JSON.stringify({ files: results.map(toContract) }, null, 1) + '\n');
  } else {
    for (const result of results) process.stdout.write(summary(result));
  }
  return results.some(r => r.error) ? 1 : 0;
}

/** The contract's shape (../shared/contracts/parse-output.md) plus the model's extra fields. */
function toContract(file: ParsedFile): unknown {
  return {
    file: file.file,
    preamble: file.preamble,
    ...(file.error ? { error: file.error } : {}),
    ...(file.notice ? { notice: file.notice } : {}),
    ...(file.encoding ? { encoding: file.encoding } : {}),
    posts: file.posts.map((post: Article) => ({
      title: post.title,
      author: post.author,
      authors: post.authors,
      url: post.url,
      titleLine: post.titleLine,
      syndicatedLine: post.syndicatedLine,
      bodyStartLine: post.bodyStartLine,
      bodyEndLine: post.bodyEndLine,
      topics: post.topics,
      tags: post.tags,
      source: post.source,
      language: post.language,
      wordCount: post.wordCount,
      codeBlocks: post.codeBlocks.map(b => ({
        index: b.index, startLine: b.startLine, endLine: b.endLine, lang: b.lang, kind: b.kind, code: b.code, hasPrompts: b.hasPrompts,
      })),
      body: post.body,
    })),
  };
}

function summary(file: ParsedFile): string {
  if (file.error) return `${file.file}: ${file.error}\n`;
  const head = `${file.file}: ${file.posts.length} post(s)${file.encoding ? `, ${file.encoding}` : ''}${file.notice ? ` — ${file.notice}` : ''}\n`;
  return head + file.posts.map(p => `  ${p.titleLine}: ${p.title} — ${p.author} (${p.source}), ${p.codeBlocks.length} code block(s)\n`).join('');
}
