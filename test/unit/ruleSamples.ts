// Helpers for the tests of single parser rules (heldout*Rules.test.ts): a body of a few lines becomes a one-post
// dump, and the answers are read in body line numbers.
import { detectLanguage } from '../../src/core/language';
import { parseText } from '../../src/core/parse';

/** The language guess for the code of these lines. */
export const guess = (lines: readonly string[]) => detectLanguage(lines.join('\n'));
export const lang = (lines: readonly string[]) => guess(lines).lang;

/** The one post of a dump whose body is these lines (body line 1 is dump line 5). */
export function post(bodyLines: readonly string[]): ReturnType<typeof parseText>['posts'][number] {
  const dump = ['A post for one rule', '', 'Post Syndicated from Test Writer original https://example.com/rule', '', ...bodyLines];
  return parseText(dump.join('\n'), 'rule.txt').posts[0];
}

/** Code blocks as [first line, last line, language] counted within the body (1 = the first body line). */
export function blocks(bodyLines: readonly string[]): Array<[number, number, string]> {
  return post(bodyLines).codeBlocks.map(b => [b.startLine - 4, b.endLine - 4, b.lang]);
}

/** Code blocks as [first line, last line]. */
export const bounds = (bodyLines: readonly string[]) => blocks(bodyLines).map(([first, last]) => [first, last]);

/** Texts as flattened table cells: each a paragraph of its own. */
export const cells = (...texts: string[]) => texts.flatMap(t => [t, '']);

/** The first cell of every row of each table rebuilt from these body lines, a table to an array. */
export const rowNames = (bodyLines: readonly string[]) => post(bodyLines).body.flatMap(b => (b.type === 'table' ? [b.rows.map(r => r[0])] : []));
