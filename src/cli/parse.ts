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
  let failed = false;
  if (json) process.stdout.write('{"files": [\n');
  for (let i = 0; i < files.length; i++) {
    const result = await parseFile(files[i]);
    failed ||= result.error !== undefined;
    if (json) await writeFileJson(result, i > 0);
    else process.stdout.write(summary(result));
  }
  if (json) process.stdout.write(']}\n');
  return failed ? 1 : 0;
}

/** One file at a time and one post at a time, so a 100 MB dump never becomes one giant JSON string. */
async function writeFileJson(file: ParsedFile, comma: boolean): Promise<void> {
  const { posts, ...head } = toContract(file) as { posts: unknown[] };
  const opening = JSON.stringify(head, null, 1);
  await write(`${comma ? ',\n' : ''}${opening.slice(0, -2)},\n "posts": [`);
  for (let i = 0; i < posts.length; i++) await write(`${i > 0 ? ',' : ''}\n  ${JSON.stringify(posts[i])}`);
  await write('\n ]}');
}

function write(text: string): Promise<void> {
  return new Promise(resolve => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
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
