// What the finders of code blocks share: how code-like a line must be to start or continue a block, a line's score,
// and the lead-in ("Run the following command:") a box may follow.
import type { LineEvidence } from './evidence';
import type { BodyLine } from './lines';

/** A line at least this code-like starts a block. */
export const SEED = 2.5;

/** A line at least this code-like continues a block across blank lines. */
export const CONTINUE = 2;

/** Lines this prose-like end a block unless indentation or brackets say otherwise. */
export const PROSE = -3;

/** Each line's evidence; undefined for blank lines. */
export type Evidence = ReadonlyArray<LineEvidence | undefined>;

/** A plain function, not a closure made per body: a closure passed around changed call target every article, and
 * the optimised code that had inlined the previous one was thrown away. */
export function scoreAt(evidence: Evidence, k: number): number {
  return evidence[k]?.score ?? 0;
}

/** Line i follows a lead-in that ends with ":" ("Run the following command:"), one blank line above it. */
export function leadInAbove(lines: readonly BodyLine[], i: number): boolean {
  return i >= 2 && lines[i - 1].blank && !lines[i - 2].blank && endsWithColon(lines[i - 2].text);
}

/** text.endsWith(':'), read as one character: the builtin call, made for most lines that start no block, showed in
 * profiles. */
export function endsWithColon(text: string): boolean {
  return text.length > 0 && text.charCodeAt(text.length - 1) === 58;
}

/** A lead-in saying that a program prints what follows. */
export const TOOL_PRINTS = /\b(?:prints|printed|outputs|reports(?=:$)|the output (?:lists|shows|looks|reads|is|includes|contains)|responds with|you(?:'|’)ll see|you should see|you see the following)\b/i;
