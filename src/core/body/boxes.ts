// Paragraphs that are a box whatever their lines read like, told by where they stand and how they are laid out rather
// than by their words: a model's numbered answer, a request typed to an assistant, what a program printed (a compiler's
// diagnostic, BuildKit's steps, Helm's release notes, one value, readings), an indented record. The aggregator sets a
// paragraph of prose on one line and indents only list items, so several lines, or indented ones, are a box's.
import { SEED, TOOL_PRINTS, endsWithColon, leadInAbove, scoreAt, type Evidence } from './lineScores';
import type { BodyLine } from './lines';
import { TEST_SUMMARY, readsAsProse } from './evidence';

/**
 * Paragraphs from line i, which starts one, that are a box's whatever their lines read like: a model's numbered answer,
 * a request typed to an assistant, what a program printed, a compiler's diagnostic, BuildKit's or Helm's output.
 * Returns the last line, or -1.
 */
export function boxedParagraphs(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  // Most paragraphs start with none of these characters and follow no lead-in: a few comparisons settle them.
  const c = lines[i].text.charCodeAt(0);
  const output = c === 35 ? buildSteps(lines, i) : c === 78 || c === 82 ? helmRelease(lines, i) : c >= 0x2500 && c <= 0x257f ? boxDrawn(lines, i)
    : c >= 0x2600 && c < 0xe000 ? statusLines(lines, i) : -1;
  if (output >= 0) return output;
  const diagnostic = c >= 65 ? compilerDiagnostic(lines, i, evidence) : -1;
  if (diagnostic >= 0) return diagnostic;
  if (printedValue(lines, i)) return i;
  const plan = c >= 65 ? terraformOutput(lines, i) : -1;
  if (plan >= 0) return plan;
  const shown = outputUnderHeading(lines, i, evidence);
  if (shown >= 0) return shown;
  const table = endsWithColon(lines[i].text) ? headedRows(lines, i) : -1;
  if (table >= 0) return table;
  const counts = lines[i].indent > 0 ? countedLines(lines, i) : -1;
  if (counts >= 0) return counts;
  if (!leadInAbove(lines, i) || lines[i - 2].list) return -1;
  return Math.max(numberedAnswer(lines, i), slashCommand(lines, i), wrappedRequest(lines, i, evidence), printedLines(lines, i, evidence), numberColumn(lines, i),
    indentedParagraph(lines, i, evidence), indentedUnderLeadIn(lines, i, evidence));
}

/**
 * A table a program drew with box-drawing characters (`┌──────┐` / `│ n    │` / `└──────┘`, as wrangler and many
 * CLIs print query results): a paragraph of two lines or more, each opening with one. Returns the last line or -1.
 */
function boxDrawn(lines: readonly BodyLine[], i: number): number {
  let last = i;
  for (; last < lines.length && !lines[last].blank; last++) {
    const c = lines[last].text.charCodeAt(0);
    if (c < 0x2500 || c > 0x257f || lines[last].list) return -1;
  }
  return last - i >= 2 ? last - 1 : -1;
}

/** A status mark or an emoji that a tool prints before a step: `✅ Deployed`, `🌀 Executing on remote database …`. */
export const STATUS_MARK = /^(?:[✔✓✅✨⚠❌✗✘]|\p{Extended_Pictographic})/u;

/**
 * What a tool printed as steps with status marks (wrangler's `🌀 Executing…` / `🚣 Executed 2 queries…`, a deploy's
 * `✅` and `✨` lines): a paragraph of two lines or more, each opening with a mark or indented under one. Prose is set
 * one paragraph a line, so several such lines together are a box. Returns the last line or -1.
 */
function statusLines(lines: readonly BodyLine[], i: number): number {
  let marked = 0;
  let last = i;
  for (; last < lines.length && !lines[last].blank; last++) {
    if (lines[last].list) return -1;
    if (STATUS_MARK.test(lines[last].text)) marked++;
    else if (lines[last].indent === 0) return -1;
  }
  if (last - i < 2 || marked < 2) return -1;
  // A test runner's summary after a blank line (`Test Files  1 passed (1)` / `Tests  3 passed (3)`) is the same output.
  let k = last + 1;
  while (k < lines.length && !lines[k].blank && !lines[k].list && TEST_SUMMARY.test(lines[k].text)) k++;
  return k > last + 1 && (k >= lines.length || lines[k].blank) ? k - 1 : last - 1;
}

/** Lines only Terraform prints: a resource's progress, its plan's headers and summaries, the hint to apply. */
const TERRAFORM_START = /^(?:[\w.[\]"-]+: (?:Refreshing state|Preparing import|Reading|Creating|Modifying|Destroying)\.\.\.|Terraform (?:will perform the following actions|used the selected providers)\b)/;
const TERRAFORM_PARAGRAPH = /^(?:[\w.[\]"-]+: (?:Refreshing state|Preparing import|Reading|Read complete|Creating|Creation complete|Modifying|Modifications complete|Destroying|Destruction complete|Still \w+)|Terraform |Plan: \d|Apply complete!|Destroy complete!|Changes to Outputs:|Outputs:|Saved the plan to:|To perform exactly these actions|Note: |No changes\.|─{5,}|[-+~#] )/;

/**
 * What `terraform plan` or `apply` printed, over its paragraphs (progress lines, the actions, the summary, the hint to
 * apply), from line i: each paragraph opens with a line only Terraform prints, or is indented under one. Returns the
 * last line or -1.
 */
function terraformOutput(lines: readonly BodyLine[], i: number): number {
  const text = lines[i].text;
  // Its first line holds "..." (progress) or starts with "Terraform ": one search spares most paragraphs the regex.
  if (lines[i].indent !== 0 || (!text.includes('...') && !text.startsWith('Terraform ')) || !TERRAFORM_START.test(text)) return -1;
  let last = i;
  for (let k = i; k < lines.length;) {
    // After "Outputs:", the `name = value` lines Terraform lists.
    const listed = lines[last].text === 'Outputs:' && /^[\w-]+ = \S/.test(lines[k].text);
    if (k > i && lines[k].indent === 0 && !listed && !TERRAFORM_PARAGRAPH.test(lines[k].text)) break;
    while (k < lines.length && !lines[k].blank) k++;
    last = k - 1;
    while (k < lines.length && lines[k].blank) k++;
  }
  return last > i ? last : -1;
}

/** A row of figures in columns: `    8:      6     7     6     7`, `  eth0   1500   0   12`. */
const FIGURE_ROW = /^[\w.:/-]+:?(?: {2,}[\w.%-]+)+$/;

/**
 * A table a tool printed under its own title, indented (`RX flow hash indirection table for eth0 with 64 RX ring(s):`
 * over `    0:      6     7 …`): a title that ends with ":", then three rows or more, each indented, with figures in
 * columns. The aggregator indents only list items, so rows indented under a line of the paragraph are a box's.
 * Returns the last row or -1.
 */
function headedRows(lines: readonly BodyLine[], i: number): number {
  if (lines[i].indent !== 0 || lines[i].list || lines[i].text.length > 120) return -1;
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank) {
    const row = lines[last + 1];
    if (row.list || row.indent === 0 || !FIGURE_ROW.test(row.text) || !/\d/.test(row.text)) return -1;
    last++;
  }
  return last - i >= 3 ? last : -1;
}

/** A count right-aligned before what it counts, as `uniq -c` prints it: `     22 401`, `    212 UnusedIAMRole`. */
const COUNTED_LINE = /^ +\d+ \S/;

/**
 * `uniq -c`'s lines: a paragraph of two or more, each indented, a count and what it counts. The aggregator indents
 * only list items, and a list's numbers have a full stop. Returns the last line or -1.
 */
function countedLines(lines: readonly BodyLine[], i: number): number {
  let last = i;
  for (; last < lines.length && !lines[last].blank; last++) if (lines[last].list || !COUNTED_LINE.test(lines[last].raw)) return -1;
  return last - i >= 2 ? last - 1 : -1;
}

/** A heading that announces what a program printed: "Expected output", "Sample output", "Output". */
const OUTPUT_HEADING = /^(?:(?:Expected|Sample|Example) )?[Oo]utput:?$/;

/**
 * The paragraph under a heading that announces output ("Expected output" / blank / `0.9120  TRL-2291  Stormline …`):
 * a box, however its lines read, when none of them is a sentence or a list item (nor code that starts a block of its
 * own, which grows as code does). Returns its last line or -1.
 */
function outputUnderHeading(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (i < 2 || !lines[i - 1].blank || lines[i - 2].blank || !OUTPUT_HEADING.test(lines[i - 2].text) || (i > 2 && !lines[i - 3].blank)) return -1;
  let last = i;
  for (; last < lines.length && !lines[last].blank; last++) if (lines[last].list || evidence[last]!.sentence || scoreAt(evidence, last) >= SEED) return -1;
  return last - 1;
}

/**
 * The one value an AWS CLI command printed as text (`--query 'Policy.PolicySummary.Id' --output text` / blank /
 * `p-4kq9wz1c7m`): a line of one word alone in its paragraph, right after the command's last line.
 */
function printedValue(lines: readonly BodyLine[], i: number): boolean {
  const text = lines[i].text;
  if (i < 2 || text.includes(' ') || text.length > 100 || lines[i].list || (i + 1 < lines.length && !lines[i + 1].blank) || lines[i - 2].blank) return false;
  const command = lines[i - 2].text;
  return command.includes('--output text') || (command.includes('--query ') && !command.includes('--output'));
}

/**
 * A paragraph from column 0 whose later lines are indented, under a lead-in (a looking glass's route entry, a tree of
 * records): the aggregator indents only list items, so indentation under a line that is none is the box's own. Three
 * lines or more, a third of them indented, none a list item, a sentence or code that starts a block of its own (which
 * then grows over blank lines too), and a sentence after it. Returns the last line or -1.
 */
function indentedParagraph(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (lines[i].indent !== 0 || lines[i].list || i + 2 >= lines.length || lines[i + 1].blank || lines[i + 2].blank) return -1;
  let last = i;
  let indented = 0;
  for (; last + 1 < lines.length && !lines[last + 1].blank; last++) {
    const next = lines[last + 1];
    if (next.list || evidence[last + 1]!.sentence || scoreAt(evidence, last + 1) >= SEED) return -1;
    if (next.indent > 0) indented++;
  }
  if (last - i < 2 || indented * 3 < last - i + 1 || evidence[i]!.sentence || scoreAt(evidence, i) >= SEED) return -1;
  // The article's prose goes on after it; anything else may be more of the box, which other rules read.
  let next = last + 1;
  while (next < lines.length && lines[next].blank) next++;
  return next >= lines.length || evidence[next]!.sentence ? last : -1;
}

/**
 * What a program printed, set off by indentation under a lead-in at the margin, as LWN sets code (`    tidepool (1.8.2-1
 * to 1.8.3-1)` / `        Migration status …`): two lines or more, all indented, none a list item; not prose once
 * joined, none that would start a block of code, and with a digit, a path or a symbol somewhere, which a quoted message
 * (indented too) lacks. Returns the last line or -1.
 */
function indentedUnderLeadIn(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (lines[i].indent < 4 || lines[i - 2].indent !== 0 || i + 1 >= lines.length || lines[i + 1].blank) return -1;
  let last = i;
  let joined = lines[i].text;
  for (; last + 1 < lines.length && !lines[last + 1].blank; last++) {
    const next = lines[last + 1];
    if (next.list || next.indent < 4) return -1;
    joined += ' ' + next.text;
  }
  // A line that starts a block of code leaves the paragraph to the usual growth, which may go on past a blank line.
  for (let k = i; k <= last; k++) if (lines[k].list || scoreAt(evidence, k) >= SEED) return -1;
  // The article's text goes on at the margin after it; more indented text may be more of a box other rules read.
  let after = last + 1;
  while (after < lines.length && lines[after].blank) after++;
  if (after < lines.length && lines[after].indent > 0) return -1;
  return /[\d/:=<>_[\]{}]/.test(joined) && !readsAsProse(joined) ? last : -1;
}

/**
 * A column of bare numbers under a lead-in that ends with ":" ("…, the shell filled with numbers:"): three lines or
 * more with no blank between, which a flattened table's cells always have. Returns the last line or -1.
 */
function numberColumn(lines: readonly BodyLine[], i: number): number {
  const c = lines[i].text.charCodeAt(0);
  if (c < 48 || c > 57 || i + 2 >= lines.length || lines[i + 1].blank || lines[i + 2].blank || !leadInAbove(lines, i) || lines[i - 2].list) return -1;
  const last = paragraphLast(lines, i);
  for (let k = i; k <= last; k++) if (!/^-?\d[\d.,]*$/.test(lines[k].text)) return -1;
  return last;
}

/** A step of BuildKit's plain progress output: `#9 [deps 4/4] RUN npm ci`, `#10 CACHED`, `#14 DONE 0.7s`. */
const BUILD_STEP = /^#\d+ \S/;

/**
 * BuildKit's progress (`docker buildx build --progress=plain`): paragraphs of numbered steps, from line i, which
 * starts one, to the last step line (a heading may follow it without a blank line). Returns the last line or -1.
 */
function buildSteps(lines: readonly BodyLine[], i: number): number {
  if (lines[i].text.charCodeAt(0) !== 35 || !BUILD_STEP.test(lines[i].text) || (i > 0 && !lines[i - 1].blank)) return -1;
  let last = i;
  for (let k = i + 1; k < lines.length; k++) {
    if (lines[k].blank) continue;
    if (!BUILD_STEP.test(lines[k].text)) break;
    last = k;
  }
  return last > i ? last : -1;
}

/**
 * What Helm prints after an install or upgrade: the release's `NAME:` over `LAST DEPLOYED:` and the other fields, then
 * the chart's notes (numbered lines, indented commands), to the paragraph's end. Returns the last line or -1.
 */
function helmRelease(lines: readonly BodyLine[], i: number): number {
  const c = lines[i].text.charCodeAt(0);
  if (c !== 78 && c !== 82) return -1; // N, R
  const name = lines[i].text.startsWith('NAME: ') ? i : i + 1;
  if (name + 1 >= lines.length || !/^NAME: \S+$/.test(lines[name].text) || !lines[name + 1].text.startsWith('LAST DEPLOYED: ')) return -1;
  if (name > i && (lines[i].list || !/^Release "[^"]+" /.test(lines[i].text))) return -1;
  return paragraphLast(lines, name + 1);
}

/** A compiler's diagnostic: `src/sw.ts:27:13 - error TS2322: …`, `main.c:9:5: warning: …`, `Program.cs(12,9): error CS0103: …`. */
const DIAGNOSTIC = /^[\w./-]+\.\w+(?::\d+:\d+:? -?|\(\d+,\d+\):) ?(?:error|warning)\b/;

/** The count a compiler closes its diagnostics with: `Found 1 error in src/sw.ts:27`, `2 warnings generated.`. */
const DIAGNOSTICS_COUNT = /^(?:Found \d+ errors?\b.*|\d+ (?:errors?|warnings?)(?: and \d+ (?:errors?|warnings?))? generated\.)$/;

/**
 * A compiler's diagnostic from its `file:line:column - error …` line (which reads like a sentence), over the paragraphs
 * after it that quote the code and underline it (`~~~~`, `^`), to the count that closes them. Returns the last line or -1.
 */
function compilerDiagnostic(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  const text = lines[i].text;
  if ((i > 0 && !lines[i - 1].blank) || text.charCodeAt(0) < 65) return -1;
  // Its first word ends with the position: a digit (`27:13`) or a colon (`9:5:`, `(12,9):`), which few words of prose do.
  const space = text.indexOf(' ');
  const end = space > 4 ? text.charCodeAt(space - 1) : 0;
  if (((end < 48 || end > 57) && end !== 58) || !DIAGNOSTIC.test(text)) return -1;
  let last = paragraphLast(lines, i);
  for (let k = last + 1; k < lines.length;) {
    while (k < lines.length && lines[k].blank) k++;
    let end = k;
    for (; end < lines.length && !lines[end].blank; end++) {
      const text = lines[end].text;
      if (!(scoreAt(evidence, end) > 0 || /^[~^]+$/.test(text) || DIAGNOSTICS_COUNT.test(text) || DIAGNOSTIC.test(text))) return last;
    }
    if (end === k) break;
    last = end - 1;
    k = end;
  }
  return last;
}

/** A lead-in saying that we asked an assistant or a model, and words that name one. */
const ASKED = /\b(?:asked|prompted|typed|entered|sent|gave)\b/;

const ASSISTANT = /\b(?:chat|assistant|model|agent|Amazon Q|Q Developer|Copilot|ChatGPT|Claude|LLM)\b/;

/**
 * A request typed to an assistant, wrapped over lines as its box showed it ("…, we asked Amazon Q Developer in the IDE
 * chat:" over "Create a Terraform module in … with a" / "dead-letter queue. …"): the aggregator sets a paragraph of
 * prose on one line, so two lines or more without a blank between are the box's. Returns the last line or -1.
 */
function wrappedRequest(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (i + 1 >= lines.length || lines[i + 1].blank || lines[i + 1].list || !leadInAbove(lines, i) || lines[i - 2].list) return -1;
  const lead = lines[i - 2].text;
  if (!ASKED.test(lead) || !ASSISTANT.test(lead)) return -1;
  return paragraphEnd(lines, i, 100, evidence);
}

/**
 * What a program printed, under a lead-in saying so ("The sample prints each acknowledgement as it arrives:"): a
 * paragraph of three lines or more, most of them no sentence, for the aggregator sets a paragraph of prose on one line.
 * Returns the last line or -1.
 */
function printedLines(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (i + 2 >= lines.length || lines[i + 1].blank || lines[i + 2].blank || !leadInAbove(lines, i) || lines[i - 2].list || !TOOL_PRINTS.test(lines[i - 2].text)) return -1;
  const last = paragraphEnd(lines, i, 120, evidence);
  // A tool may print a sentence among its lines ("Your Worker has access to the following bindings:"), not mostly them.
  let sentences = 0;
  for (let k = i; k <= last; k++) if (evidence[k]!.sentence) sentences++;
  return last - i >= 2 && sentences * 2 < last - i + 1 ? last : -1;
}

/**
 * The last line of the paragraph from line i when it has no list item, no line longer than `width` and none that would
 * start a block of code (then the block grows from there, maybe over blank lines), else -1.
 */
function paragraphEnd(lines: readonly BodyLine[], i: number, width: number, evidence: Evidence): number {
  let last = i;
  for (; last < lines.length && !lines[last].blank; last++) {
    if (lines[last].list || lines[last].text.length > width || scoreAt(evidence, last) >= SEED) return -1;
  }
  return last - 1;
}

/**
 * A chat assistant's slash command and the request typed after it (`/test Generate JUnit 5 tests for …`, wrapped over
 * lines as the box showed it), after a lead-in that ends with ":": what the reader types, to its paragraph's end.
 * Returns the last line or -1.
 */
function slashCommand(lines: readonly BodyLine[], i: number): number {
  if (lines[i].text.charCodeAt(0) !== 47 || !/^\/[a-z][\w-]* \S/.test(lines[i].text) || !leadInAbove(lines, i)) return -1;
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank && !lines[last + 1].list) last++;
  return last + 1 >= lines.length || lines[last + 1].blank ? last : -1;
}

/** A lead-in saying that a model or an agent answered: "For ticket 88213, the model returned:", "… and answered:". */
const ANSWERED = /\b(?:answered|returned|responded|replied)(?: with)?:$/;

/**
 * A model's answer printed as it came: one or two lines of text, then items numbered from 1 at column 0 with no blank
 * line between (the aggregator indents the lists it renders and sets paragraphs apart), under a lead-in saying
 * something answered. Returns its last line or -1.
 */
function numberedAnswer(lines: readonly BodyLine[], i: number): number {
  if (i < 2 || !lines[i - 1].blank || lines[i - 2].blank || lines[i - 2].list || !endsWithColon(lines[i - 2].text) || !ANSWERED.test(lines[i - 2].text)) return -1;
  let k = i + 1;
  if (k < lines.length && !lines[k].blank && !lines[k].list) k++;
  let n = 0;
  for (; k < lines.length && !lines[k].blank; k++) {
    const item = lines[k].list;
    if (!item || item.indent !== 0 || item.marker !== `${n + 1}.`) return -1;
    n++;
  }
  return n >= 2 ? k - 1 : -1;
}

/** The last line of the paragraph line i is in (or starts). */
function paragraphLast(lines: readonly BodyLine[], i: number): number {
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank) last++;
  return last;
}
