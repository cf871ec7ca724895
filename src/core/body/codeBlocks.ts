// Finds code blocks in an article body that has no fences: runs of lines that were <pre> boxes.
// Seeds are lines that clearly look like code; a block grows over blank lines, open brackets, deeper
// indentation and neutral neighbours, and stops at prose, at list items that read as prose, and at a
// heading that follows closed code directly.
import { countWords, dropColumns, leadingSpaces } from '../text';
import { ART_START, GRADLE_TASK, lastLook, lineEvidence, gluedCodeStart, readsAsProse, startsCommand, type LineEvidence } from './evidence';
import { isCaption } from './captions';
import { ARGUMENT_MARK, COMMAND_LINE, SECTION_OR_PAIR, TOOL_FOOTER, commandsOfOneTool, fileNamed, quotesIn, sameLanguageFiles, CMDLET_WITH_PARAMETER } from '../language';
import { promptOf } from '../prompts';
import type { BodyLine } from './lines';
import { STATUS_MARK, boxedParagraphs } from './boxes';
import { CONTINUE, PROSE, SEED, TOOL_PRINTS, endsWithColon, leadInAbove, scoreAt, type Evidence } from './lineScores';

export interface CodeSpan {
  /** Indexes into the body line array: first and last non-blank line of the block. */
  first: number;
  last: number;
  code: string;
  /** Where the code starts on the first line (> 0 for code glued to a sentence or starting on a list item). */
  firstColumn: number;
}

/** A run of hard-wrapped lines each ending in a space is preformatted text. */
const WRAPPED_MIN_LENGTH = 40;
/** An upper-case clause with a quoted string (`COMMENT 'Curated order data owned by sales'`): the prose is a value. */
const KEYWORD_AND_STRING = /^[A-Z][A-Z_]*(?: [A-Z][A-Z_]*)* '[^']*'[,;]?$/;
/** A name given a triple-quoted string (`PROMPT = """You are a copywriter …`), and a constant given a string. */
const STRING_ASSIGNMENT = /^[A-Za-z_]\w*\s*=\s*[rfbuRFBU]{0,2}(?:"""|''')/;
const CONSTANT_STRING = /^[A-Z][A-Z0-9_]*\s*=\s*[rfbuRFBU]{0,2}["']/;

/** How many triple quotes (""" or ''') a line holds. */
function tripleQuotes(text: string): number {
  if (text.indexOf('"""') < 0 && text.indexOf("'''") < 0) return 0;
  return (text.match(/"""|'''/g) ?? []).length;
}

/**
 * Clauses that go on a routine's, a table's or a model's head (`LANGUAGE plpgsql`, `USING iceberg`, `TARGET churned`):
 * code, though shaped like a heading.
 */
const SQL_ROUTINE_CLAUSE = /^(?:LANGUAGE|RETURNS|DECLARE|BEGIN|SECURITY|IMMUTABLE|STABLE|VOLATILE|COST|USING|PARTITIONED|CLUSTERED|STORED|LOCATION|TBLPROPERTIES|OPTIONS|ENGINE|TARGET|FUNCTION|IAM_ROLE|PROBLEM_TYPE|OBJECTIVE|SETTINGS|MODEL_TYPE|DISTSTYLE|DISTKEY|SORTKEY)\b/;
/** Cells of flattened tables are short. */
const CELL_LENGTH = 60;

/** The top left corner of a table drawn with box characters. */
const BOX_TOP = /^[┌╭╔┏]/;

export function contentOf(line: BodyLine): string {
  return line.list ? line.list.content : line.text;
}

/** Which lines a block took: one buffer reused by every body (no call nests), cleared per body; a typed array
 * allocated per article was a measurable cost (its memory lives outside the heap). Read only below lines.length. */
let takenBuffer = new Uint8Array(1 << 16);

/**
 * Each line's evidence (undefined for blank lines), in one array reused by every body and read only below
 * lines.length: a new array per article, grown line by line, was a tenth of the parser's allocations.
 */
const evidenceBuffer: Array<LineEvidence | undefined> = [];

/** What one look at each line of a body gives: each line's evidence, and the body's words (Article.wordCount). */
export interface BodyEvidence {
  lines: Evidence;
  words: number;
}

/** Reused by every body, like the buffer it holds: read `words` before the next body is looked at. */
const bodyEvidence: BodyEvidence = { lines: evidenceBuffer, words: 0 };

export function evidenceOf(lines: readonly BodyLine[]): BodyEvidence {
  const evidence = evidenceBuffer;
  let words = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    let value: LineEvidence | undefined;
    if (line.blank) {
      value = undefined;
    } else {
      value = lineEvidence(contentOf(line));
      words += lastLook.words < 0 ? countWords(line.text) : line.list === undefined ? lastLook.words : itemWords(line, lastLook.words);
    }
    // Filled with push, not Array#map: map's result has one elements kind when V8 runs it interpreted and another
    // when optimised, and every change of kind deoptimised findCodeSpans (4 times in a 10 MB dump).
    if (k < evidence.length) evidence[k] = value;
    else evidence.push(value);
  }
  bodyEvidence.words = words;
  return bodyEvidence;
}

/**
 * A list item's words, given its content's: its text is the marker, one plain space and the content when nothing
 * else stands between them (the marker is one word), else it is counted anew (a no-break space after the marker
 * glues the two, countWords does not split there).
 */
function itemWords(line: BodyLine, contentWords: number): number {
  const item = line.list!;
  const text = line.text;
  return text.length === item.marker.length + 1 + item.content.length && text.charCodeAt(item.marker.length) === 32
    ? contentWords + 1
    : countWords(text);
}

/** The buffer, cleared for n lines (grown in this small function: its rare path deoptimised the caller). */
function takenFor(n: number): Uint8Array {
  if (takenBuffer.length < n) takenBuffer = new Uint8Array(Math.max(n, takenBuffer.length * 2));
  takenBuffer.fill(0, 0, n);
  return takenBuffer;
}

export function findCodeSpans(lines: readonly BodyLine[], evidence: Evidence = evidenceOf(lines).lines): CodeSpan[] {
  // Nothing to find. Returning early also keeps V8 from deoptimising this function: an empty body's array
  // has another elements kind than the filled ones it was optimised for.
  if (lines.length === 0) return [];
  const spans: CodeSpan[] = [];
  const taken = takenFor(lines.length);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (line.blank) { i++; continue; }

    // Code glued to the end of a sentence, also of a list item's ("  4. Check it:SELECT … ;").
    const glued = gluedCodeStart(line.text);
    if (glued > 0) {
      const column = line.raw.indexOf(line.text) + glued;
      const code = line.raw.slice(column).trim();
      const last = gluedStatementEnd(lines, i, code);
      const rest = [code];
      for (let k = i + 1; k <= last; k++) rest.push(lines[k].raw.trimEnd());
      spans.push({ first: i, last, code: rest.join('\n').replace(/\u00a0/g, ' '), firstColumn: column });
      for (let k = i; k <= last; k++) taken[k] = 1;
      i = last + 1;
      continue;
    }
    if (!line.list) {
      const boxed = i === 0 || lines[i - 1].blank ? boxedParagraphs(lines, i, evidence) : -1;
      if (boxed >= i) {
        i = take(spans, taken, lines, i, boxed);
        continue;
      }
      const template = promptTemplate(lines, i);
      if (template > i) {
        i = take(spans, taken, lines, i, template);
        continue;
      }
      const banner = bannerOutput(lines, i, evidence);
      if (banner > i) {
        i = take(spans, taken, lines, i, banner);
        continue;
      }
      const markdown = markdownDocument(lines, i);
      if (markdown > i) {
        i = take(spans, taken, lines, i, markdown);
        continue;
      }
      // Both take a paragraph of two lines at least: most paragraphs are one line, and are passed at once.
      const entry = (i === 0 || lines[i - 1].blank) && i + 1 < lines.length && !lines[i + 1].blank ? Math.max(gitLogEntry(lines, i), csvRecords(lines, i), timestampedLog(lines, i), clockLog(lines, i)) : -1;
      const wrapped = entry > i ? entry : wrappedRun(lines, i, evidence);
      if (wrapped > i) {
        i = take(spans, taken, lines, i, wrapped);
        continue;
      }
    }

    const onItem = line.list ? yamlOnItem(lines, i) : -1;
    if (onItem > i) {
      i = take(spans, taken, lines, i, onItem);
      continue;
    }

    if (!startsBlock(lines, i, evidence)) {
      const announced = line.list ? (ALIGNED_COLUMNS.test(line.text) ? announcedParagraphs(lines, i, evidence) : -1) : Math.max(announcedOutput(lines, i), announcedParagraphs(lines, i, evidence));
      if (announced < i) { i++; continue; }
      i = take(spans, taken, lines, i, announced);
      continue;
    }

    let span = blockFrom(lines, i, evidence, taken);
    if (verse(lines, span.first, span.last) || tableCell(lines, span.first, span.last, evidence) || wrappedProse(lines, span.first, span.last, evidence)
      || inlineCodeInProse(lines, span.first, span.last, evidence)) { i = span.last + 1; continue; }
    const code = pastInlineLead(lines, span.first, span.last, evidence);
    if (code > span.first) span = makeSpan(lines, code, span.last);
    spans.push(span);
    for (let k = span.first; k <= span.last; k++) taken[k] = 1;
    i = span.last + 1;
    const printed = printedUnder(lines, span.first, span.last, evidence);
    if (printed > 0) i = take(spans, taken, lines, span.last + 2, printed);
  }
  return spans;
}

/**
 * What the commands from first to last printed, a blank line under them with no lead-in between (`python3 publish.py …`
 * / blank / `Connecting to …` / `Connected!`): the next paragraph, at the commands' indentation, of two lines or more,
 * none a sentence, a list item, a caption or code that starts a block of its own, and together no prose. A prompted
 * command keeps what it printed in its own box. Returns the paragraph's last line or -1.
 */
function printedUnder(lines: readonly BodyLine[], first: number, last: number, evidence: Evidence): number {
  const k = last + 2;
  if (k + 1 >= lines.length || !lines[last + 1].blank || lines[k].blank || lines[k + 1].blank || lines[k].indent !== lines[first].indent) return -1;
  for (let j = first; j <= last; j++) if (!commandOrContinuation(lines, j, first) || promptOf(contentOf(lines[j])) !== undefined) return -1;
  // Where the paragraph starts a block of its own anyway, the block's growth decides its end.
  if (startsBlock(lines, k, evidence)) return -1;
  let end = k;
  let joined = '';
  for (; end < lines.length && !lines[end].blank; end++) {
    const text = lines[end].text;
    if (lines[end].list || evidence[end]!.sentence || scoreAt(evidence, end) >= SEED || isCaption(text) || lines[end].indent < lines[k].indent) return -1;
    joined += ` ${text}`;
  }
  return readsAsProse(joined) ? -1 : end - 1;
}

/** Takes lines first…last as a block (a paragraph rule's find): the span, its lines marked taken; the next line to look at. */
function take(spans: CodeSpan[], taken: Uint8Array, lines: readonly BodyLine[], first: number, last: number): number {
  spans.push(makeSpan(lines, first, last));
  for (let k = first; k <= last; k++) taken[k] = 1;
  return last + 1;
}

/**
 * The block that grows from the seed line i: back over lines that lean towards code, then forward over blank
 * lines, open brackets, deeper indentation and neutral neighbours. A function of its own: the optimising
 * compiler handles two medium functions faster than one large one, and a rare path deoptimises only this one.
 */
function blockFrom(lines: readonly BodyLine[], i: number, evidence: Evidence, taken: Uint8Array): CodeSpan {
  const line = lines[i];
  // Code quoted in a mail reply ("> > +\tif (…) {") is the lines of its quote depth, not the reply around it.
  const quote = line.text.charCodeAt(0) === 62 && !GRADLE_TASK.test(line.text) ? /^(?:> )*/.exec(line.text)![0] : '';
  let first = i;
  while (first > 0 && !lines[first - 1].blank && !lines[first - 1].list && !taken[first - 1] && (!quote || lines[first - 1].text.startsWith(quote))
    && ((scoreAt(evidence, first - 1) > PROSE && !evidence[first - 1]!.sentence) || pairAmongPairs(lines, first - 1, evidence) || PLAN_SUMMARY.test(lines[first - 1].text))
    && !isCaption(lines[first - 1].text)) first--;
  // A file that starts on a list item's line (`  2. version: 0.2` over the indented rest of a buildspec).
  const item = first > 0 && !lines[first - 1].blank ? lines[first - 1].list : undefined;
  if (item && lines[first].indent > item.indent && SETTING_ON_ITEM.test(item.content)) first--;
  first = yamlPairsAbove(lines, templateHeaderAbove(lines, first, taken), taken);
  // A YAML document, or one under the comment that names its file (`# template.yaml` over `AWSTemplateFormatVersion: …`).
  const namedFile = fileNamed(lines[first].text);
  const yamlDocument = lines[first].indent === 0 && (YAML_KEY_FIRST.test(lines[first].text)
    || (namedFile !== null && /^ya?ml$/.test(fileType(namedFile)) && first + 1 < lines.length && YAML_KEY_FIRST.test(lines[first + 1].text)));

  const base = line.list ? line.list.indent + 2 : line.indent;
  let depth = 0;
  for (let k = first; k <= i; k++) depth = Math.max(0, depth + bracketDelta(withoutContinuationPrompt(contentOf(lines[k]))));
  let last = i;
  let outline = false;
  let commands = false;
  let onlyCommands = true;
  // Inside a quoted argument the command goes on over lines of another language (`--json '{` … `}'`).
  let quoted = false;
  // Code on a list item or right under one: the next item of that list ends it.
  const underItem = lines[first].list !== undefined || (first > 0 && lines[first - 1].list !== undefined);
  for (let k = first; k <= i; k++) {
    outline ||= ART_START.test(lines[k].text);
    commands ||= shellish(contentOf(lines[k]));
    onlyCommands &&= quoted || commandOrContinuation(lines, k, first);
    if (quotesIn(lines[k].text) % 2 === 1) quoted = !quoted;
  }
  const markup = /^<(?:[A-Za-z!/]|\?xml)/.test(lines[first].text);
  const session = sessionBlock(lines, first, first + 1);
  // What a prompted command printed follows it without a blank line, whatever it reads like.
  const prompted = promptOf(lines[first].text) !== undefined;
  // Inside a triple-quoted string (a prompt template in Python) every line is the code's, prose or not.
  let inString = false;
  for (let k = first; k <= i; k++) if (tripleQuotes(lines[k].text) % 2 === 1) inString = !inString;
  // A unified diff goes on while its lines are changes or context, however they read (`+default, 100, imposes …`).
  const diff = DIFF_HEAD.test(lines[first].text);
  // Lines from `first` that start with "#", while every one does.
  let hashLines = 0;
  while (first + hashLines <= i && lines[first + hashLines].text.startsWith('#')) hashLines++;
  for (let k = i + 1; k < lines.length; k++) {
    const next = lines[k];
    if (next.blank) continue;
    const e = evidence[k]!;
    const adjacent = k === last + 1;
    let include: boolean;
    const quotes = tripleQuotes(next.text);
    if (inString || (quotes % 2 === 1 && STRING_ASSIGNMENT.test(next.text)) || (depth === 0 && CONSTANT_STRING.test(next.text))) {
      if (quotes % 2 === 1) inString = !inString;
      last = k;
      continue;
    }
    if (diff && depth === 0) {
      include = DIFF_LINE.test(next.raw) && (adjacent || contextBlanks(lines, last + 1, k));
    } else if (next.indent <= base && (isCaption(next.text) || (!adjacent && FILE_CAPTION.test(next.text)))) {
      include = false; // a caption, or the name of the next file shown ("popover.css") set above it like one
    } else if (!adjacent && depth === 0 && base > 0 && next.indent === 0 && !next.list && leadInLine(next.text)) {
      include = false; // code set off by indentation ends at a lead-in at the margin ("The program prints:"), as LWN writes
    } else if (quote && !next.text.startsWith(quote)) {
      include = false;
    } else if (next.list && depth === 0 && !outline && underItem) {
      include = false; // the next list item ends the code under the previous one
    } else if (!adjacent && !next.list && gluedCodeStart(next.text) > 0) {
      include = false; // a sentence with code glued to its end starts with prose: a box of its own
    } else if (markup && !adjacent && depth === 0 && next.indent <= base && !next.text.startsWith('<')) {
      include = false; // markup ends where, after a blank, a line of something else starts (a stylesheet)
    } else if (!markup && !adjacent && depth === 0 && next.indent <= base && XML_ELEMENT_LINE.test(next.text) && closesCode(contentOf(lines[last]))) {
      include = false; // and markup after a blank line under closed code is the next file shown (a Maven `<dependency>`)
    } else if (session && !adjacent && depth === 0 && toolHeader(lines, k)) {
      include = true; // "Terraform will perform the following actions:" inside a session is its output
    } else if (!adjacent && depth === 0 && !commands && next.indent <= base && startsCommand(contentOf(next))) {
      include = false; // a command after a blank line runs the file shown above; it is a box of its own
    } else if (!adjacent && depth === 0 && onlyCommands && printedOutput(contentOf(next))
      && !contentOf(lines[last]).includes('<<')) {
      include = false; // what the commands printed, after a blank line, is a box of its own (another language; ` ✅  Stack`; indented)
    } else if (!adjacent && depth === 0 && next.indent <= base && SHEBANG.test(next.text)) {
      include = false; // `#!/bin/sh` after a blank line is the first line of the next file shown, never a middle one
    } else if (namedFile !== null && !adjacent && depth === 0 && next.indent <= base && anotherFile(namedFile, next.text)) {
      include = false; // "# compose.yaml" after "# Dockerfile": the next file shown is a box of its own
    } else if (!adjacent && depth === 0 && next.indent === 0 && next.text.startsWith('//') && fileNamed(next.text) !== null && settingsOnly(lines, first, last)) {
      include = false; // `// src/lib.rs` under a Cargo.toml: no settings file has "//" comments, the next file starts
    } else if (!adjacent && depth === 0 && !prompted && SQL_STATEMENT_END.test(lines[last].text)
      && ((k + 1 < lines.length && RESULT_RULE.test(lines[k + 1].text)) || RESULT_COLUMNS.test(next.text))) {
      include = false; // a query's result table after the statements (no prompt): the result is a box of its own
    } else if (!adjacent && depth === 0 && !prompted && BOX_TOP.test(next.text)) {
      include = false; // a table drawn with box characters after a blank line under code (clickhouse-client's result)
    } else if (adjacent && depth === 0 && next.indent <= base && SQL_STATEMENT_END.test(lines[last].text) && startsCommand(next.text)) {
      include = false; // `aws s3 rm …` right under `DROP DATABASE …;`: a shell command, another box
    } else if (adjacent && depth === 0 && !prompted && next.indent <= base && responseUnderCommand(lines, first, last, k)) {
      include = false; // `aws … \` over its options, then the JSON it answered with: output, another box
    } else if (!adjacent && depth === 0 && next.indent === 0 && PRINT_CALL.test(lines[last].text) && PRINTED_VALUE.test(next.text)) {
      include = false; // `print(features)`, then the dict it printed after a blank line: output, a box of its own
    } else if (!adjacent && depth === 0 && PRINT_CALL.test(lines[last].text) && printedFrame(lines, k)) {
      include = false; // `print(df)`, then the data frame it printed: output too
    } else if (!adjacent && depth === 0 && next.indent <= base && settingsAfterScript(lines, k, first)) {
      include = false; // `wrangler.toml` after the Worker's TypeScript: another file, a box of its own
    } else if (!adjacent && depth === 0 && next.indent <= base && dockerfileEndsAt(lines, first, k)) {
      include = false; // after a blank line, a line no Dockerfile has (`services:`) starts the next file shown
    } else if (!adjacent && depth === 0 && next.indent <= base && dockerfileAfter(lines, k, first)) {
      include = false; // a Dockerfile after a blank line, under something else (its configuration file): a box of its own
    } else if (!adjacent && yamlDocument && depth === 0 && next.indent === 0 && INI_SECTION.test(next.text)) {
      include = false; // `[Unit]` after a blank line under a YAML document: the next file shown (a systemd unit)
    } else if (adjacent && yamlDocument && next.indent === 0 && !next.text.includes(':') && looksLikeHeading(next.text)) {
      include = false; // a heading right under a YAML document: no key, no item, no comment
    } else if (adjacent && yamlDocument && depth === 0 && YAML_KEY_FIRST.test(next.text)) {
      include = true; // a key of the document whose value reads as prose (`Description: Nightly export to Amazon S3`)
    } else if (prompted && adjacent && depth === 0 && !next.list) {
      include = true;
    } else if (prompted && !adjacent && depth === 0 && !next.list && printedParagraph(lines, k, evidence)) {
      include = true; // the rest of what the prompted command printed ("To specify …, use --identifier" / "✔ Built …")
    } else if (next.list) {
      include = (e.score >= CONTINUE || (outline && e.score > PROSE)) && (adjacent || depth > 0) && !e.sentence;
    } else if (next.indent > base && (adjacent || depth > 0 || e.score > -1)) {
      include = true;
    } else if (next.indent > base && next.indent === lines[last].indent && !lines[last].list) {
      include = true; // indented text goes on after a blank line at its indentation (a Kconfig entry's help)
    } else if (adjacent && depth > 0) {
      include = true; // an open bracket: the statement goes on
    } else if (adjacent && depth === 0 && closesCode(contentOf(lines[last])) && looksLikeHeading(next.text) && !SQL_ROUTINE_CLAUSE.test(next.text) && !SQL_CLAUSE.test(next.text)
      && !TOOL_FOOTER.test(next.text)) {
      include = false;
    } else if (adjacent && depth === 0 && hashLines >= 3 && hashLines === k - first && looksLikeHeading(next.text)) {
      include = false; // a heading right under a report printed behind "#" (pt-query-digest's profile)
    } else if (adjacent && depth === 0 && TOOL_FOOTER.test(lines[last].text)) {
      include = false; // a tool's closing line is the last it prints: a heading may follow it without a blank line
    } else if (e.score >= CONTINUE) {
      include = true;
    } else if (adjacent) {
      include = (e.score > PROSE && !e.sentence) || KEYWORD_AND_STRING.test(contentOf(next)) || pairAmongPairs(lines, k, evidence) || TOOL_FOOTER.test(next.text)
        || (STACK_CAUSE.test(next.text) && /^(?:at |\.\.\. \d+ )/.test(lines[last].text));
    } else if (depth > 0) {
      include = e.score > PROSE && !e.sentence;
    } else {
      include = !e.sentence && e.score > PROSE && preformattedGroup(lines, k, evidence);
    }
    if (!include) break;
    depth = Math.max(0, depth + bracketDelta(withoutContinuationPrompt(contentOf(next))));
    outline ||= ART_START.test(next.text);
    commands ||= shellish(contentOf(next));
    // A command's options continued over lines (`  -D fixtures/batch.json -c 64 …` under `ghz … \`) are the command's.
    onlyCommands &&= quoted || commandOrContinuation(lines, k, first);
    if (quotesIn(next.text) % 2 === 1) quoted = !quoted;
    if (hashLines === k - first && next.text.startsWith('#')) hashLines++;
    last = k;
  }
  if (depth === 0) last = toolFooterAfter(lines, last);
  const header = outputHeader(lines, first, taken);
  const withOutput = header >= 0 || sessionBlock(lines, first, last);
  if (header >= 0) first = header;
  if ((withOutput || /^\$ \S/.test(lines[last].text)) && depth === 0) last = outputFooter(lines, last);
  return makeSpan(lines, first, last);
}

/** A result's header row: three column names or more, aligned with two spaces or more (`window_start   srcaddr …`). */
const RESULT_COLUMNS = /^[A-Za-z_][\w.]*(?: {2,}[A-Za-z_][\w.]*){2,}$/;

/** A unified diff's first line: its file headers or a hunk. */
const DIFF_HEAD = /^(?:diff --git |--- a\/|--- \S+\t|@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@)/;
/** A line of a diff as written: a change, context (a space first), a hunk, or "\ No newline at end of file". */
const DIFF_LINE = /^(?:[-+ ]|@@ |\\ No newline|diff --git |index [0-9a-f])/;

/** The blank lines between a diff's lines are its context lines for empty ones (a space), not paragraph breaks. */
function contextBlanks(lines: readonly BodyLine[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines[k].raw.length === 0 || lines[k].raw.charCodeAt(0) !== 32) return false;
  return true;
}

/** A section header of an INI-like file (`[Unit]`, `[default]`): no YAML line looks so. */
const INI_SECTION = /^\[[A-Za-z][\w .-]*\]$/;

/** An interpreter line: only ever a script's first. */
const SHEBANG = /^#!\/\S/;

/**
 * A paragraph a prompted command went on printing after a blank line: two lines or more, no list item, most of them
 * no sentence (a tool's hint may be one: "To specify a different identifier, use --identifier"), with a status mark or
 * a code-like line, or short lines only ("File written: outputs.json" / "Watching for file changes...").
 */
function printedParagraph(lines: readonly BodyLine[], k: number, evidence: Evidence): boolean {
  let n = 0;
  let sentences = 0;
  let short = true;
  let codeLike = false;
  let marked = false;
  let joined = '';
  for (let j = k; j < lines.length && !lines[j].blank; j++) {
    if (lines[j].list || n > 20) return false;
    n++;
    if (evidence[j]!.sentence) sentences++;
    short &&= lines[j].text.length <= 60;
    marked ||= STATUS_MARK.test(lines[j].text);
    codeLike ||= scoreAt(evidence, j) >= CONTINUE;
    joined += ` ${lines[j].text}`;
  }
  if (n < 2 || sentences * 2 >= n) return false;
  // Prose hard-wrapped after the session has no sentence on any one line either: joined, it reads as prose. Status
  // marks never start a line of prose.
  return marked || ((codeLike || short) && !readsAsProse(joined));
}


/**
 * A key whose value reads as a sentence (`Description: Orders queue with a dead-letter queue`) between a key and
 * value line above it and code or another pair below it: a YAML document's pair, not prose.
 */
function pairAmongPairs(lines: readonly BodyLine[], k: number, evidence: Evidence): boolean {
  const pair = /^[\w.-]+: \S/;
  return k > 0 && pair.test(lines[k].text) && !lines[k - 1].blank && pair.test(lines[k - 1].text) && scoreAt(evidence, k - 1) > 0
    && k + 1 < lines.length && (scoreAt(evidence, k + 1) > 0 || pair.test(lines[k + 1].text));
}

/** psql's continuation prompt (`telemetry(>`, `db'>`) names the bracket or quote still open: it is no bracket of the code. */
function withoutContinuationPrompt(text: string): string {
  const prompt = /^[A-Za-z_][\w-]*[-('"][#>] ?/.exec(text);
  return prompt ? text.slice(prompt[0].length) : text;
}

/** Line k is a command, or goes on with the one above it (`  --region eu-west-1` under `aws … \\`). */
/** A short sentence at a paragraph's end that introduces what follows: words, no symbol code has, a final ":". */
function leadInLine(text: string): boolean {
  return endsWithColon(text) && text.includes(' ') && !/[{}[\]()=<>;$|\\`"]/.test(text) && readsAsWords(text.slice(0, -1));
}

function readsAsWords(text: string): boolean {
  return /^[\p{L}][\p{L}'’,-]*(?: [\p{L}\d][\p{L}\d'’,.-]*)+$/u.test(text);
}

function commandOrContinuation(lines: readonly BodyLine[], k: number, first: number): boolean {
  return commandWithOptions(contentOf(lines[k])) || (k > first && lines[k - 1].text.endsWith('\\'));
}


/** A known tool's command, or any tool's given an option (`worker-build --release`) or a file (`benchstat old.txt new.txt`). */
function commandWithOptions(text: string): boolean {
  if (startsCommand(text) || CMDLET_WITH_PARAMETER.test(text)) return true;
  const line = text.endsWith('\\') ? text.slice(0, -1).trimEnd() : text; // the first of its lines (`ghz --insecure … \`)
  return COMMAND_LINE.test(line) && ((line.includes(' -') && / --?[A-Za-z]/.test(line)) || / [\w-]+\.[a-z]{2,4}(?: |$)/.test(line) || / '[^' ]*[*_][^' ]*'$/.test(line));
}

/**
 * A CloudFormation template's header paragraph (`AWSTemplateFormatVersion: "2010-09-09"` / `Description: Private API for
 * …`), a blank line above the block at `first`: the template starts there, though its description reads as prose.
 */
function templateHeaderAbove(lines: readonly BodyLine[], first: number, taken: Uint8Array): number {
  if (first < 2 || !lines[first - 1].blank || lines[first].indent !== 0) return first;
  let top = first - 2;
  while (top > 0 && !lines[top - 1].blank) top--;
  if (!lines[top].text.startsWith('AWSTemplateFormatVersion:')) return first;
  for (let k = top; k < first - 1; k++) if (taken[k] || lines[k].list || lines[k].indent !== 0 || !/^[A-Z]\w*: \S/.test(lines[k].text)) return first;
  return top;
}

/** A script's last line that prints (`print(features)`, `console.log(result)`), and a value as Python or JSON print it. */
const PRINT_CALL = /^(?:print|console\.log|pprint|fmt\.Println)\(.*\)$/;
const PRINTED_VALUE = /^(?:\{['"]|\[\{?['"(]|\{\}$|\[\]$)/;

/**
 * A data frame as pandas prints it, at line k: its column names over rows that start with the row's index
 * (`     driver_id  trips_offered_5m` / `0  DRV-0042117  7`).
 */
function printedFrame(lines: readonly BodyLine[], k: number): boolean {
  if (k + 1 >= lines.length || lines[k + 1].blank || !/^ *[\w.]+(?: {2,}[\w.]+)+$/.test(lines[k].raw)) return false;
  const columns = lines[k].text.split(/ {2,}/).length;
  for (let j = k + 1; j < lines.length && !lines[j].blank; j++) {
    const row = /^\d+ {2,}\S/.test(lines[j].raw) ? lines[j].raw.trim().split(/ {2,}/).length : -1;
    if (row !== columns + 1) return false;
  }
  return true;
}

/** The cause a Java stack trace goes on with after its frames: `Caused by: org.apache.kafka…Exception: …`. */
const STACK_CAUSE = /^(?:Caused by|Suppressed): [\w.$]+(?:Exception|Error)\b/;

/** Terraform's plan summary, which opens what `apply` prints: `Plan: 3 to add, 0 to change, 0 to destroy.`. */
const PLAN_SUMMARY = /^Plan: \d+ to add, \d+ to change, \d+ to destroy\.$/;

/** A line that opens an XML or HTML element: `<dependency>`, `<div class="x">`. */
const XML_ELEMENT_LINE = /^<[A-Za-z][\w:.-]*(?:\s[^>]*)?>/;
/** A short lead-in alone in its paragraph: a capitalised word, more words, a colon ("Check the mount:"). */
const SHORT_LEAD_IN = /^[A-Z][a-z]+(?: [\w’'-]+){1,6}:$/;
/** A short sentence alone in its paragraph: a capitalised word, more words, a full stop. */
const SHORT_SENTENCE = /^[A-Z][a-z]+(?: [\w’'-]+)+[.!]$/;

/** A YAML document's first key at the top level: `replicaCount: 3`, `image:`. */
const YAML_KEY_FIRST = /^[\w.-]+:(?: \S|$)/;

/**
 * A YAML document's first paragraphs a blank line above the block at `first`, which starts with a key (`replicaCount: 3`
 * over `image:` and its entries; `AWSTemplateFormatVersion: …` over `Parameters:` over `Resources:`): paragraphs whose
 * every line is a key, a pair or an item, none ending like a sentence, up to the text that announces the file (it may
 * stand right above, with no blank line). Returns the new first line.
 */
function yamlPairsAbove(lines: readonly BodyLine[], first: number, taken: Uint8Array): number {
  if (lines[first].indent !== 0 || !YAML_KEY_FIRST.test(lines[first].text)) return first;
  while (first >= 2 && lines[first - 1].blank && !taken[first - 2]) {
    let top = first - 2;
    let announced = false;
    for (;;) {
      if (lines[top].list || taken[top] || !yamlLine(lines[top].text)) return first;
      if (top === 0 || lines[top - 1].blank) break;
      if (lines[top - 1].list || !YAML_DOCUMENT_LINE.test(lines[top - 1].text)) { announced = true; break; }
      top--;
    }
    // A pair alone in its paragraph has a value of one word (`replicaCount: 2`): "Note: read this first" is a label.
    if (lines[top].indent !== 0 || (top === first - 2 && !ONE_WORD_PAIR.test(lines[top].text))) return first;
    first = top;
    if (announced) break;
  }
  return first;
}

const ONE_WORD_PAIR = /^[\w.-]+: [\w."'-]{1,40}$/;

/** A YAML sequence item that opens with a pair: `- name: Open the digest issue`. */
const YAML_ITEM_PAIR = /^- [\w.-]+: \S/;

/** A first setting with a short value, as a configuration file starts: `version: 0.2`, `RecipeFormatVersion: "2020-01-25"`. */
const SETTING_ON_ITEM = /^[A-Za-z][\w.-]*(?::|\s*=)\s*[\w."'.-]{1,20}$/;

/** From line i, three lines or more to the paragraph's end or the next list item, every one a YAML line, some nested. */
function yamlUnder(lines: readonly BodyLine[], i: number): boolean {
  let k = i;
  let nested = false;
  for (; k < lines.length && !lines[k].blank && !lines[k].list; k++) {
    if (!yamlLine(lines[k].text)) return false;
    nested ||= lines[k].indent > lines[i].indent;
  }
  return k - i >= 3 && nested;
}

/** A YAML line: a key (with a value or none), a sequence item, a comment. */
const YAML_DOCUMENT_LINE = /^(?:- )?[\w.\/-]+:(?:\s+\S.*)?$|^- \S|^#/;

/** A YAML line that does not end like a sentence ("Note: read this first." is prose). */
function yamlLine(text: string): boolean {
  return YAML_DOCUMENT_LINE.test(text) && !/[.!?]$/.test(text);
}

/**
 * A YAML file that starts on a numbered step's own line, under a step that announces it (`  3. Add a buildspec.yml
 * … with the following contents:` / `  4. version: 0.2` over the indented rest): the step's setting and the three
 * YAML lines or more indented under it, to the next step. Returns the last line or -1.
 */
function yamlOnItem(lines: readonly BodyLine[], i: number): number {
  const item = lines[i].list!;
  const above = i > 0 ? lines[i - 1].list : undefined;
  if (!above || !endsWithColon(above.content) || !SETTING_ON_ITEM.test(item.content) || !item.content.includes(':')) return -1;
  let last = i;
  let yaml = 0;
  while (last + 1 < lines.length && !lines[last + 1].blank && !lines[last + 1].list && lines[last + 1].indent > item.indent) {
    last++;
    if (YAML_DOCUMENT_LINE.test(lines[last].text)) yaml++;
  }
  return yaml >= 3 && yaml * 5 >= (last - i) * 4 ? last : -1;
}

/** The rule under a result table's header, as psql and others print it: `-------------+--------`. */
const RESULT_RULE = /^-+(?:\+-+)+$/;
/** The end of an SQL statement in capitals: `DROP DATABASE IF EXISTS funnel CASCADE;`. */
const SQL_STATEMENT_END = /^(?:[A-Z]+ )+.*;$/;

/** A TOML or INI setting with a literal value, or a table's header: `name = "edge-quota"`, `[[migrations]]`. */
const SETTING_LINE = /^(?:\[\[?[\w.-]+\]\]?$|[a-z_][\w.-]*\s*=\s*(?:"[^"]*"|\d|\[|true\b|false\b))/;
/** How a JavaScript or TypeScript module starts: `import … from '…'`, `export`, a declaration (not Python's `import boto3`). */
const SCRIPT_MODULE_START = /^(?:import\s+(?:['"]|.*\bfrom\s+['"])|export\b|const\b|let\b|var\b|function\b|class\s+\w+\s*(?:extends\b|implements\b|\{)|interface\b|type\s+\w+\s*=)/;

/** Line k starts a configuration file (two settings or more, or a JSON object) under a JavaScript or TypeScript module
 * from `first`, which has no such bare settings or object at its top level. */
function settingsAfterScript(lines: readonly BodyLine[], k: number, first: number): boolean {
  if (k + 1 >= lines.length || lines[k + 1].blank) return false;
  // TOML or INI settings (`wrangler.toml`), or a JSON document (`package.json`: `{` over `"name": …`).
  const settings = SETTING_LINE.test(lines[k].text) ? SETTING_LINE.test(lines[k + 1].text) : lines[k].text === '{' && /^"[\w@./-]+":/.test(lines[k + 1].text);
  if (!settings) return false;
  let head = first;
  while (head < k && (lines[head].blank || lines[head].text.startsWith('//'))) head++; // `// src/index.ts`
  return SCRIPT_MODULE_START.test(lines[head].text);
}

/**
 * Line k opens a JSON document (`{` or `[` alone) right under one command of a known tool, from `first` to `last` (its
 * lines but the last ending in `\\`): what the command printed. A here-document (`<<EOF`) would be the command's own input.
 */
function responseUnderCommand(lines: readonly BodyLine[], first: number, last: number, k: number): boolean {
  const open = lines[k].text;
  if (open.length !== 1 || (open !== '{' && open !== '[') || lines[k].indent !== lines[first].indent) return false;
  if (!startsCommand(contentOf(lines[first]))) return false;
  for (let j = first; j < last; j++) if (!lines[j].text.trimEnd().endsWith('\\')) return false;
  const end = contentOf(lines[last]);
  return !end.trimEnd().endsWith('\\') && !end.includes('<<');
}

/** An image to build from, alone on its line: `FROM node:22-alpine`, `FROM 1234.dkr.ecr…/base:3.1 AS build`. */
const DOCKER_FROM = /^FROM [\w./:@-]+(?: AS [\w-]+)?$/;
const DOCKER_INSTRUCTION = /^(?:RUN|COPY|ADD|WORKDIR|ENV|ARG|CMD|ENTRYPOINT|EXPOSE|USER|LABEL|HEALTHCHECK)\s/;

/**
 * The block from `first` is a Dockerfile (`FROM image` under its comments: `# syntax=docker/dockerfile:1`) and line k,
 * after a blank line, is no line of one: the next file shown (`services:`) starts there.
 */
function dockerfileEndsAt(lines: readonly BodyLine[], first: number, k: number): boolean {
  const text = lines[k].text;
  if (text.charCodeAt(0) === 35 || DOCKER_FROM.test(text) || DOCKER_INSTRUCTION.test(text) || lines[k].indent > lines[first].indent) return false;
  let head = first;
  while (head < k && lines[head].text.charCodeAt(0) === 35) head++;
  return DOCKER_FROM.test(lines[head].text);
}

/** Line k starts a Dockerfile (`FROM image` over an instruction) and the block from `first` is no Dockerfile. */
function dockerfileAfter(lines: readonly BodyLine[], k: number, first: number): boolean {
  if (lines[k].text.charCodeAt(0) !== 70 || !DOCKER_FROM.test(lines[k].text)) return false;
  if (k + 1 >= lines.length || lines[k + 1].blank || !DOCKER_INSTRUCTION.test(lines[k + 1].text)) return false;
  const head = lines[first].text;
  return !DOCKER_FROM.test(head) && !DOCKER_INSTRUCTION.test(head) && !/^#/.test(head);
}

/** A file's name alone on its line, as articles set it above each file they show: `index.html`, `popover.css`. */
const FILE_CAPTION = /^[\w.-]+\.(?:html?|css|s[ac]ss|m?js|tsx?|jsx|py|go|rs|java|kts?|rb|php|ya?ml|json|toml|ini|conf|cfg|sql|sh|tf|xml|md)$/;

/** Lines first..last are a settings file's: `[sections]`, `key = value` pairs and `#` comments (TOML, INI). */
function settingsOnly(lines: readonly BodyLine[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (!lines[k].blank && !lines[k].text.startsWith('#') && !SECTION_OR_PAIR.test(lines[k].text)) return false;
  return true;
}

/** A line after the file named `before` names a file of another type (a header and its source are one: `x.h`, `x.c`). */
function anotherFile(before: RegExpExecArray, next: string): boolean {
  const named = fileNamed(next);
  return named !== null && !sameLanguageFiles(fileType(before), fileType(named));
}

/** A file's extension, or its name when it has none (`Dockerfile`). */
function fileType(name: RegExpExecArray): string {
  return (name[2] ?? name[3]).toLowerCase();
}

/** A line a command printed: not shell, not a comment, not another command line ("NAME  READY", "{", "Login Succeeded"). */
function printedOutput(text: string): boolean {
  // A word and a tab is a column of what `--output text` printed (`nightly-reindex\tarn:aws:…`), not a command.
  // A data file's name first (`landing-bucket.json Status = FAIL`) is a report's line, not a program's.
  return PROGRAM_BANNER.test(text) || (!shellish(text) && !/^(?:#|\.{0,2}\/|(?![\w-]+\.(?:json|ya?ml|txt|csv|log|xml|tf) )[a-z][\w.-]* )/.test(text));
}

/** A program's first printed line, its name and version with a date or build: `smartctl 7.4 2024-10-15 r5620 […]`. */
const PROGRAM_BANNER = /^[a-z][\w.-]* v?\d+\.\d+(?:\.\d+)* (?:\d{4}-\d\d-\d\d|\()/;

/** Shell lines: commands, and the lines of a script around them ("#!/bin/bash", "set -e", "VAR=x", "if ["…). */
function shellish(text: string): boolean {
  return startsCommand(text) || /^(?:#!|\$ |set\s+[-+]|[A-Za-z_][A-Za-z0-9_]*=|if\s+\[|for\s+\w+\s+in\b|while\s|until\s|case\s|function\s|(?:fi|done|esac)$)/.test(text);
}

const MARKDOWN_HEADING = /^#{1,6} \S/;
/** Lines only Markdown has: headings, bullets, quotes, fences, table rows, and the comments a template leaves to its reader. */
const MARKDOWN_MARKED = /^(?:#{1,6} \S|[-*+] \S|> \S|```|\|.*\|$|<!--.*-->$)/;

/** The article's own voice, or its words about the prompt: the template has ended. */
const ABOUT_THE_PROMPT = /\b(?:we|our|us|the (?:prompt|template|model))\b/i;
/** Where a template leaves room for values: `{{ title }}`, `{contract}`, `<contract>`, `$name`. */
const TEMPLATE_SLOT = /\{\{[^}]*\}\}|\{[a-z_]+\}|<\/?[a-z_]+>|\$[a-z_]+\b/;

/**
 * A prompt template for a language model, after a lead-in that ends with ":" ("The template we use is the
 * following:"): it speaks to the model ("You are a paralegal assistant …"), in sentences, and leaves slots for values
 * (`{{ title }}`, `<contract>`). It runs over the paragraphs up to the first in the article's voice or about the prompt
 * ("In our tests …", "… mistaken for part of the prompt."). Returns the last line or -1.
 */
function promptTemplate(lines: readonly BodyLine[], i: number): number {
  if (lines[i].text.charCodeAt(0) !== 89 || !/^You(?: are|’re|'re) /.test(lines[i].text)) return -1;
  if (!leadInAbove(lines, i)) return -1;
  let last = -1;
  let slots = false;
  for (let k = i, paragraphs = 0; k < lines.length && paragraphs < 12; paragraphs++) {
    let ours = false;
    const start = k;
    for (; k < lines.length && !lines[k].blank; k++) {
      ours ||= ABOUT_THE_PROMPT.test(lines[k].text);
      slots ||= TEMPLATE_SLOT.test(lines[k].text);
    }
    // The article's next heading ends the template ("The Lambda function" over the code that sends it).
    if (ours || (k === start + 1 && start > i && looksLikeHeading(lines[start].text))) break;
    last = k - 1;
    while (k < lines.length && lines[k].blank) k++;
  }
  return slots ? last : -1;
}

/**
 * A tool's output that opens with its name underlined (" ⛅️ wrangler 3.91.0" / "--------------------"), after a
 * lead-in that ends with ":": the banner and every paragraph after it up to one of sentences only or a caption,
 * whatever its lines look like (the tool may print a snippet of configuration, or a list). Returns the last line or -1.
 */
function bannerOutput(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  const rule = i + 1 < lines.length ? lines[i + 1].text : '';
  const c = rule.charCodeAt(0);
  if ((c !== 45 && c !== 61 && c !== 0x2500) || !/^(?:-{5,}|={5,}|─{5,})$/.test(rule)) return -1;
  if (!leadInAbove(lines, i) || lines[i - 2].list) return -1;
  if (evidence[i]!.sentence || Math.abs(rule.length - lines[i].text.length) > 3) return -1;
  let last = i + 1;
  for (let k = i + 2; k < lines.length;) {
    while (k < lines.length && lines[k].blank) k++;
    const start = k;
    // A tool's lists ("- D1 Databases:" / "  - DB: reminders") and its own sentences ("Your Worker has access to the
    // following bindings:") are its output too; a paragraph of sentences only is the article's again.
    let prose = true;
    for (; k < lines.length && !lines[k].blank; k++) {
      if (isCaption(lines[k].text)) return last;
      prose &&= evidence[k]!.sentence;
    }
    if (k === start || prose || (k - start === 1 && looksLikeHeading(lines[start].text))) break;
    last = k - 1;
  }
  return last;
}

/**
 * A Markdown document shown as text (a README): a "# Title" line alone, then groups of bullets, quotes,
 * numbered items and headings; one plain paragraph may follow a heading. Returns the last line or -1.
 * Rendered articles have no "#" headings of their own, so a heading line followed by Markdown is a box.
 */
function markdownDocument(lines: readonly BodyLine[], i: number): number {
  if (lines[i].raw.charCodeAt(0) !== 35 || !MARKDOWN_HEADING.test(lines[i].raw) || (i > 0 && !lines[i - 1].blank)) return -1;
  // A heading may have its paragraph right under it ("## Summary" / "What happened, in two sentences."): then that
  // group is one of the document's, and another must follow.
  const attached = i + 1 < lines.length && !lines[i + 1].blank;
  if (attached) {
    let end = i + 1;
    while (end < lines.length && !lines[end].blank) end++;
    if (!proseGroup(lines, i + 1, end)) return -1;
  }
  let last = i;
  let previousHeading = true;
  let pendingProse = -1;
  let markedGroups = attached ? -1 : 0;
  let k = attached ? i : i + 1;
  while (k < lines.length) {
    while (k < lines.length && lines[k].blank) k++;
    if (k >= lines.length) break;
    const start = k;
    let marked = false;
    let heading = true;
    while (k < lines.length && !lines[k].blank) {
      const raw = lines[k].raw;
      const markedLine = MARKDOWN_MARKED.test(raw) || (lines[k].list?.ordered === true && lines[k].indent === 0);
      marked ||= markedLine;
      heading &&= MARKDOWN_HEADING.test(raw);
      k++;
    }
    if (marked) {
      if (!heading) markedGroups++;
      last = k - 1;
      pendingProse = -1;
      previousHeading = heading && k - start === 1;
    } else if (previousHeading && pendingProse < 0 && proseGroup(lines, start, k)) {
      pendingProse = start;
      previousHeading = false;
    } else {
      break;
    }
  }
  return markedGroups > 0 ? last : -1;
}

/**
 * A tool's own first line reads like a lead-in ("Terraform will perform the following actions:"); it is output
 * when the article's lead-in paragraph comes right before it. Returns the header's line or -1.
 */
function outputHeader(lines: readonly BodyLine[], first: number, taken: Uint8Array): number {
  const h = first - 2;
  const leadIn = first - 4;
  if (leadIn < 0 || !lines[first - 1].blank || !lines[h + 1].blank || lines[h].blank || taken[h] || lines[h].list) return -1;
  if (!lines[h - 1].blank || lines[leadIn].blank || lines[leadIn].list || (leadIn > 0 && !lines[leadIn - 1].blank)) return -1;
  const headerText = lines[h].text;
  return headerText.length <= 80 && endsWithColon(headerText) && endsWithColon(lines[leadIn].text) ? h : -1;
}

/** In a session, a tool's own header: a short line ending with ":" above output indented deeper than it. */
function toolHeader(lines: readonly BodyLine[], k: number): boolean {
  const text = lines[k].text;
  if (text.length > 80 || !endsWithColon(text) || lines[k].list) return false;
  let n = k + 1;
  while (n < lines.length && lines[n].blank) n++;
  return n < lines.length && !lines[n].list && lines[n].indent > lines[k].indent;
}

/** A command session: a prompt line ("$ terraform plan") whose output follows. */
function sessionBlock(lines: readonly BodyLine[], first: number, last: number): boolean {
  return last > first && /^\$ \S/.test(lines[first].text);
}

/**
 * A session's or tool's summary line after a blank ("Plan: 4 to add, 0 to change.", "Ran 12 tests.") belongs
 * to the output when a heading or the end of the body follows it, not more prose.
 */
const COMMAND_ERROR = /^(?:An error occurred \(\w+\)|Error(?: from server)?(?: \(\w+\))?: |error: |fatal: |ERROR: |Traceback \(most recent call last\))/;

function outputFooter(lines: readonly BodyLine[], last: number): number {
  const footer = toolFooterAfter(lines, last);
  if (footer > last) return footer;
  const f = last + 2;
  if (f >= lines.length || !lines[last + 1].blank || lines[f].blank || lines[f].list) return last;
  const text = lines[f].text;
  // The error a session's last command printed after a blank line ("An error occurred (AccessDenied) when …").
  if (/^\$ \S/.test(lines[last].text) && COMMAND_ERROR.test(text) && (f + 1 >= lines.length || lines[f + 1].blank)) return f;
  if (text.length > 80 || endsWithColon(text) || !/[.!]$/.test(text)) return last;
  // A summary counts or labels something ("Plan: 4 to add, 0 to change."); a closing remark does not.
  if (!/\d/.test(text) && !/^[A-Z][\w ]{0,20}: \S/.test(text)) return last;
  if (f + 1 < lines.length && lines[f + 1].list) return f; // the next item of the list the session sits in
  const after = f + 1 < lines.length && !lines[f + 1].blank ? -1 : f + 2;
  if (after === -1) return last;
  if (after < lines.length && (lines[after].blank || !(looksLikeHeading(lines[after].text) || lines[after].list))) return last;
  return f;
}

/** Every line of the group reads as prose, not code ("# Step 1" over Python is a comment, not a title). */
function proseGroup(lines: readonly BodyLine[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (lineEvidence(contentOf(lines[k])).score >= 1) return false;
  return true;
}

/**
 * Prose hard-wrapped mid-sentence ("…The headline feature is" / "let chains, which allow let bindings to be
 * combined with && inside"): a line of words right under a sentence that has not ended goes on with it. Under
 * a sentence that has ended, only a line of plain words does ("return values were another sticking point, since
 * the existing API"): code right under a sentence has brackets, operators or few words.
 */
function continuesSentence(lines: readonly BodyLine[], i: number): boolean {
  const previous = i > 0 ? lines[i - 1] : undefined;
  if (!previous || previous.blank || previous.list) return false;
  const text = lines[i].text;
  const words = text.match(/(?:^|\s)[a-z]{2,}(?=[\s,.;:]|$)/g)?.length ?? 0;
  if (/[\p{Ll},]$/u.test(previous.text)) {
    if (words < 4) return false;
  } else if (!/[.!?]$/.test(previous.text) || words < 6 || /[{}[\]();=<>$_|\\`#@*:]/.test(text)) {
    return false;
  }
  return lineEvidence(previous.text).sentence;
}

/**
 * A line in the middle of a hard-wrapped sentence. LWN wraps prose around inline code, and puts a linked element on
 * a line of its own ("…and, via" / "balance_dirty_pages()" / ", puts writers to sleep …"; "Each" / "struct
 * bdi_writeback" / "tracks an estimate …"): the line above ends inside the sentence, the next goes on with it, the
 * line is an element of up to three tokens or itself ends mid-sentence, and the paragraph holds a sentence or three
 * lines that lean towards prose.
 */
function insideWrappedSentence(lines: readonly BodyLine[], i: number): boolean {
  const previous = i > 0 ? lines[i - 1] : undefined;
  const next = i + 1 < lines.length ? lines[i + 1] : undefined;
  if (!previous || !next || previous.blank || next.blank || previous.list || next.list) return false;
  if (!/[\p{L},"”’]$/u.test(previous.text) || !/^(?:[a-z]{2,}[\s,.;:]|[,.;:)] ?)/.test(next.text)) return false;
  const text = lines[i].text;
  const element = text.split(' ').length <= 3;
  const wrapped = /(?:^|\s)[a-z]+,?$/.test(text) && /(?:^|\s)[a-z]+,?$/.test(previous.text)
    && (text.match(/(?:^|\s)[a-z]{2,}(?=[\s,]|$)/g)?.length ?? 0) >= 3;
  if (!element && !wrapped) return false;
  let start = i;
  while (start > 0 && !lines[start - 1].blank && i - start < 8) start--;
  let prose = 0;
  for (let k = start; k < lines.length && !lines[k].blank && k - i < 8; k++) {
    const e = lineEvidence(lines[k].text);
    if (e.sentence || (e.score <= -1 && ++prose >= 3)) return true;
  }
  return false;
}

/** Words that list what a reader needs, not what a shell runs: ", and ", ", or ", "or later", "or newer". */
const TOOLS_NEEDED = /, (?:and|or) |\bor (?:later|newer|higher|above)\b/;

/** A script of the project run from its folder, with arguments: `./mvnw -q verify`, `../bin/setup.sh --dev`. */
const LOCAL_SCRIPT = /^\.\.?\/[\w./-]+(?: +[^\s,;]+)+$/;

function startsBlock(lines: readonly BodyLine[], i: number, evidence: Evidence): boolean {
  const line = lines[i];
  if (isCaption(line.text)) return false;
  // A list item that runs a script of the project with options ("2. ./mvnw versions:set -DnewVersion=4.2.0").
  if (line.list && line.list.content.charCodeAt(0) === 46 && LOCAL_SCRIPT.test(line.list.content) && / -{1,2}[A-Za-z]/.test(line.list.content)) return true;
  if (scoreAt(evidence, i) < SEED) return !line.list && (weakGroup(lines, i, evidence) || commandAfterLeadIn(lines, i) || commandUnderLeadIn(lines, i) || programCommands(lines, i));
  if (!line.list) return !continuesSentence(lines, i) && !insideWrappedSentence(lines, i);
  // A list item that is a whole command ("2. kubectl rollout status deployment/api") is a box on the item.
  // Not a list of tools a reader needs ("eksctl 0.200 or later, kubectl, and Helm 3.15 or later").
  if (startsCommand(line.list.content) && !/[.!?]$/.test(line.list.content) && !TOOLS_NEEDED.test(line.list.content)) return true;
  // A list item starts a block only when code continues right under it ("5. version = 0.1" + TOML lines);
  // otherwise SQL keywords or JSON in a bullet are prose about code.
  const next = i + 1 < lines.length ? lines[i + 1] : undefined; // never read past the end: that deoptimises
  return next !== undefined && !next.blank && !next.list && next.indent > line.list.indent && scoreAt(evidence, i + 1) >= CONTINUE;
}

/**
 * Several adjacent lines that each lean towards code (YAML keys, aligned "name:   value" output) make a
 * block together even when none is a clear seed: prose paragraphs are single lines.
 */
function weakGroup(lines: readonly BodyLine[], i: number, evidence: Evidence): boolean {
  if (i > 0 && !lines[i - 1].blank && !lines[i - 1].list) return false;
  let n = 0;
  let total = 0;
  for (let k = i; k < lines.length && !lines[k].blank; k++) {
    // YAML sequence items ("- npm test") lean towards nothing alone; the keys around them decide.
    if (lines[k].list || (scoreAt(evidence, k) < 1 && !(scoreAt(evidence, k) >= 0 && lines[k].text.startsWith('- ')))) return false;
    n++;
    total += scoreAt(evidence, k);
  }
  return n >= 2 && total >= 3.5;
}

/**
 * A lone line shaped like a command ("b2 file download b2://bucket/x ./x"), a printed ARN, token or header, or a
 * paragraph of commands of one tool, right after a lead-in that ends with ":": prose paragraphs start with a capital
 * and are sentences; this is a box.
 */
function commandAfterLeadIn(lines: readonly BodyLine[], i: number): boolean {
  if (!leadInAbove(lines, i)) return false;
  if (i + 1 < lines.length && !lines[i + 1].blank) return toolParagraph(lines, i, ANNOUNCES_COMMANDS.test(lines[i - 2].text)) || headerLines(lines, i);
  const text = lines[i].text;
  if (PRINTED_ARN.test(text)) return true; // the ARN a command printed
  if (PRINTED_TOKEN.test(text) && /\d/.test(text) && /[A-Za-z]/.test(text)) return true; // a key, an ID a command printed
  if (PRINTED_HEADER.test(text) && /[;=]/.test(text)) return true; // a response header with its parameters
  if (LONE_PATH.test(text) && !text.includes('://')) return true; // a topic, key or API path: `$aws/things/x/shadow/update`
  if (TEMPLATE_EXPRESSION.test(text)) return true; // `{% $count($states.input.lines) %}`
  if (PROCESS_LINE.test(text) && commandWithOptions(text.slice(text.indexOf(':') + 2))) return true; // `web: java -jar app.jar`
  if (text.length > 1000 || !COMMAND_LINE.test(text)) return false;
  // "…, run from clickhouse-client:" / `clickhouse-client --query "SELECT …"`: the lead-in names the program, however
  // long the query it is given.
  return (text.length <= 200 && ARGUMENT_MARK.test(text)) || namesProgram(lines[i - 2].text, text);
}

/** The lead-in names the program that starts the line, as a word of its own ("…check it with mosquitto_sub:"). */
function namesProgram(leadIn: string, text: string): boolean {
  const program = text.slice(0, text.indexOf(' '));
  const at = program.length >= 3 ? leadIn.lastIndexOf(program) : -1;
  return at >= 0 && !/[\w-]/.test(leadIn.charAt(at - 1)) && !/[\w-]/.test(leadIn.charAt(at + program.length));
}

/**
 * A known tool's command right under the line that announces it, no blank line between ("…ask D1 directly:" / `npx
 * wrangler d1 execute … --command "SELECT COUNT(*) AS n FROM chunks"`), whose quoted words would otherwise outweigh it.
 */
function commandUnderLeadIn(lines: readonly BodyLine[], i: number): boolean {
  if (i === 0 || lines[i - 1].blank || lines[i - 1].list || !endsWithColon(lines[i - 1].text)) return false;
  const text = lines[i].text;
  // The CLI's error line is what the lead-in announced ("The request is denied:" / `An error occurred (AccessDenied) …`).
  if (CLI_ERROR.test(text)) return i + 1 >= lines.length || lines[i + 1].blank;
  return (startsCommand(text) || LOCAL_SCRIPT.test(text) || HOME_SCRIPT.test(text)) && !lineEvidence(text).sentence;
}

/** A program run from the home folder with arguments: `~/weather/env/bin/python ~/weather/weather.py`. */
const HOME_SCRIPT = /^~\/[\w./-]+(?: +[^\s,;]+)+$/;

/** A path of three parts or more, with no space: an MQTT topic, an object key, an API route. */
const LONE_PATH = /^[$\w.{}-]*(?:\/[\w$.{}+#:-]+){2,}\/?$/;
/** An expression in template delimiters: `{% … %}`, `{{ … }}`. */
const TEMPLATE_EXPRESSION = /^\{([%{]).*(?:%|\})\}$/;
/** A process type and its command, as a Procfile declares it: `web: java -jar app.jar`. */
const PROCESS_LINE = /^[a-z][\w-]*: [a-z]/;

/** A command of any tool (COMMAND_LINE with a path, option or URL) or a `name value` / `name=value` setting. */
function commandOrSetting(text: string): boolean {
  if (text.length > 200 || lineEvidence(text).sentence) return false;
  return (COMMAND_LINE.test(text) && ARGUMENT_MARK.test(text)) || startsCommand(text) || /^[a-z_][\w.-]*(?:\s+|\s*=\s*)[\w./:"-]+$/.test(text);
}

/**
 * Output announced by a lead-in that ends with ":" ("Running the harness produces output like:"): the paragraphs
 * after it whose every line leans a little towards code or is neutral (no sentence), when together they lean
 * clearly (program output: "queues: 8   depth: 128", "Tot:  11066  1188"). A summary line may close it.
 */
function announcedParagraphs(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  if (i < 2 || !lines[i - 1].blank) return -1;
  // The lead-in may stand two blank lines above (an empty first line of the box).
  const lead = lines[i - 2].blank && i >= 3 ? i - 3 : i - 2;
  if (lines[lead].blank || lines[lead].list || !endsWithColon(lines[lead].text)) return -1;
  let n = 0;
  let total = 0;
  let last = -1;
  for (let k = i; k < lines.length;) {
    let end = k;
    let paragraph = 0;
    let headed = false;
    while (end < lines.length && !lines[end].blank) {
      const e = evidence[end]!;
      // The tool's own header may open it ("Performance counter stats for './load -j 16':").
      const header = end === i && endsWithColon(lines[end].text) && e.score > PROSE;
      // A log line with its status first ("FAIL - plan.json - main - …", "[Error at /Stack/Bucket] …") leans towards output
      // whatever its message says.
      const status = STATUS_FIRST.test(lines[end].text);
      // Numbered lines with aligned columns ("1. Wren     27 pts") are what a program printed, not a list.
      const listed = lines[end].list !== undefined && !ALIGNED_COLUMNS.test(lines[end].text);
      // A YAML sequence item whose first pair's value reads as prose (`    - name: Open the digest issue`) is the document's.
      const item = e.score < 0 && !e.sentence && lines[end].indent > 0 && YAML_ITEM_PAIR.test(lines[end].text);
      // A short sentence of the article's after the box ("Then attach it.") is too short to lean, but ends it.
      // So does a short lead-in of its own for the next box ("Check the mount:").
      const closing = k > i && end === k && (end + 1 >= lines.length || lines[end + 1].blank) && (SHORT_SENTENCE.test(lines[end].text) || SHORT_LEAD_IN.test(lines[end].text));
      if (listed || closing || (e.sentence && !status) || (e.score < 0 && !header && !status && !item) || isCaption(lines[end].text)) {
        if (headingUnder(lines, end, k)) headed = true;
        else paragraph = -1;
        break;
      }
      paragraph += status ? Math.max(CONTINUE, e.score) : Math.max(0, e.score);
      end++;
    }
    // A file's name set above it ("index.html") announces files, not output.
    if (paragraph < 0 || (end - k === 1 && (looksLikeHeading(lines[k].text) || FILE_CAPTION.test(lines[k].text)))) break;
    if (k > i && dockerfileEndsAt(lines, i, k)) break;
    n += end - k;
    total += paragraph;
    last = end - 1;
    if (headed) break;
    k = end;
    while (k < lines.length && lines[k].blank) k++;
  }
  // One line a paragraph, six times or more: the cells of a flattened table (a query's result rows), which the table
  // rebuilder reads; a program's output does not leave a blank line after each of its lines.
  if (n >= 6 && (last - i + 2) === n * 2) return -1;
  if (n >= 3 && total >= 3.5) return outputFooter(lines, last);
  // A lead-in that says a program printed it ("Wrangler prints a summary that includes the routes:", "…, it
  // printed:") vouches for a paragraph that does not lean: one of two lines or more, none leaning towards prose.
  return n >= 2 && last - i + 1 === n && TOOL_PRINTS.test(lines[lead].text) ? last : -1;
}

/** The line of a tool's own footer (perf's "… seconds time elapsed", rustc's "For more information …") after a blank
 * line under `last`, else `last`. */
function toolFooterAfter(lines: readonly BodyLine[], last: number): number {
  const f = last + 2;
  if (f >= lines.length || !lines[last + 1].blank || lines[f].blank || !TOOL_FOOTER.test(lines[f].text)) return last;
  return f + 1 >= lines.length || lines[f + 1].blank ? outputsAfter(lines, f) : last;
}

/**
 * Terraform's "Outputs:" after its summary at line f, a blank line apart, and the `name = value` lines it lists after
 * another: the last of them, else f.
 */
function outputsAfter(lines: readonly BodyLine[], f: number): number {
  if (f + 4 >= lines.length || lines[f + 2].text !== 'Outputs:' || !lines[f + 3].blank) return f;
  let last = f + 3;
  while (last + 1 < lines.length && !lines[last + 1].blank && /^[\w-]+ = \S/.test(lines[last + 1].text)) last++;
  return last > f + 3 && (last + 1 >= lines.length || lines[last + 1].blank) ? last : f;
}

/** Two columns or more set apart by runs of spaces. */
const ALIGNED_COLUMNS = /\S {2,}\S/;
/** A protocol header to send or set, its name in capitalised words joined by hyphens: `Cross-Origin-Opener-Policy: same-origin`. */
const HEADER_LINE = /^[A-Z][a-z]+(?:-[A-Z][a-z]*)+: \S+$/;

/** A paragraph of protocol headers only. */
function headerLines(lines: readonly BodyLine[], i: number): boolean {
  let k = i;
  for (; k < lines.length && !lines[k].blank; k++) if (lines[k].list || !HEADER_LINE.test(lines[k].text)) return false;
  return k > i;
}

/** A status word opening a log or test line. */
const STATUS_FIRST = /^(?:FAIL|PASS|WARN(?:ING)?|ERROR|OK|INFO|DEBUG)(?: -|:| )|^\[(?:Error|Warning|Info) at \//;

/** A lead-in that speaks of commands or tells the reader to run something ("Build it and publish it:"). */
const ANNOUNCES_COMMANDS = /\bcommands?\b|\brun\b|^(?:Run|Build|Install|Deploy|Publish|Start|Create|Type|Execute|Enter|Flash|Compile)\b/i;

/** An Amazon Resource Name alone on its line. */
const PRINTED_ARN = /^arn:[\w-]+:[\w-]*:[\w-]*:\d*:\S+$/;

/** Several command lines of one tool, the paragraph whole ("cloudflared tunnel route dns …" / "cloudflared tunnel run …"). */
function toolParagraph(lines: readonly BodyLine[], i: number, announced = false): boolean {
  const texts: string[] = [];
  for (let k = i; k < lines.length && !lines[k].blank; k++) {
    if (lines[k].list || lines[k].text.length > 200) return false;
    texts.push(lines[k].text);
  }
  return texts.length >= 2 && commandsOfOneTool(texts, announced);
}

/**
 * A paragraph of two commands or more of one program named like a file (`idf.py set-target esp32s3` / `idf.py -p
 * /dev/ttyUSB0 flash`, `arm-none-eabi-size …`), a blank line above it: no line of prose starts so, lead-in or not.
 */
function programCommands(lines: readonly BodyLine[], i: number): boolean {
  if (!(i === 0 || lines[i - 1].blank) || i + 1 >= lines.length || lines[i + 1].blank || !PROGRAM_FILE.test(lines[i].text)) return false;
  // Hard-wrapped prose may start two lines with one hyphenated word ("well-known issues …"): it ends its sentences.
  for (let k = i; k < lines.length && !lines[k].blank; k++) if (/[.!?]$/.test(lines[k].text)) return false;
  return toolParagraph(lines, i);
}

const PROGRAM_FILE = /^[a-z][\w]*[._-][\w.-]* /;

/** A protocol header as a tool prints it: a name, then one value without spaces ("server-timing: cdn-pop;desc=…"). */
const PRINTED_HEADER = /^[A-Za-z][\w-]*: \S{8,}$/;

/** One token of letters and digits, as programs print keys, hashes and IDs ("Zk3v9QxT0bL8mW2r…"). */
const PRINTED_TOKEN = /^[A-Za-z0-9+/=_-]{12,200}$/;

/** An item that names the output it shows: "Wait for the stack. The output ends with the following lines:". */
const OUTPUT_NAMED = /\boutput\b/i;
const ANNOUNCES_MESSAGE = /\b(?:message|warning|error|repl(?:y|ies)|response|answer)s?\b.*\bfollowing\b|\bfollowing\b.*\b(?:message|warning|error|repl(?:y|ies)|response|answer)s?\b/i;
/** A lead-in saying that a program answers with one line: "the build log shows a line like the following", "returns the message from the webhook". */
const PRINTS_ONE = /\b(?:returns|shows|logs|displays)\b.*\b(?:line|message)\b/i;
/** The AWS CLI's error line, which nothing but the CLI prints: `An error occurred (AccessDenied) when calling the …`. */
const CLI_ERROR = /^An error occurred \(\w+\) when calling the \w+ operation/;

/**
 * Output that reads like prose, shown where the article announced it (the box is gone, the announcement stays):
 * - lines right under a list item that ends with ":" and not indented under it ("• A confirmation message:" /
 *   "Prepared bulk indexing data for task 0"): a paragraph would follow a blank line;
 * - one paragraph after a lead-in that announces a message, warning or error "like the following:", or says that a
 *   program printed it ("When the job has finished, the command prints:" / `"Completed"`).
 * Returns the output's last line, or -1.
 */
function announcedOutput(lines: readonly BodyLine[], i: number): number {
  const item = i > 0 ? lines[i - 1].list : undefined;
  if (item && endsWithColon(item.content) && lines[i].indent <= item.indent) {
    let last = i;
    while (last + 1 < lines.length && !lines[last + 1].blank && !lines[last + 1].list) last++;
    return last;
  }
  // Indented under such an item, a line is the item's own text unless every line is a command or a setting, or the
  // item says that what follows was printed ("For two namespaces, you see the following:", "The output ends with:").
  if (item && endsWithColon(item.content) && lines[i].indent > item.indent) {
    const printed = TOOL_PRINTS.test(item.content) || OUTPUT_NAMED.test(item.content);
    // A YAML document indented under the item (`Globals:` over its keys, three lines or more) is code too.
    const yaml = !printed && YAML_DOCUMENT_LINE.test(lines[i].text) && yamlUnder(lines, i);
    let last = i - 1;
    while (last + 1 < lines.length && !lines[last + 1].blank && !lines[last + 1].list && (printed || yaml || commandOrSetting(lines[last + 1].text))) last++;
    const ended = last + 1 >= lines.length || lines[last + 1].blank || lines[last + 1].list !== undefined;
    return last >= i && ended ? last : -1;
  }
  if (!leadInAbove(lines, i) || lines[i - 2].list) return -1;
  const lead = lines[i - 2].text;
  if (i + 1 < lines.length && !lines[i + 1].blank) return printedLines(lines, i, lead);
  // A lead-in that only says a program prints (not a label such as "Outputs:") vouches for a line that is no sentence;
  // one that names the line or message it shows vouches for any.
  const printed = lead.includes(' ') && (PRINTS_ONE.test(lead) || (TOOL_PRINTS.test(lead) && !lineEvidence(lines[i].text).sentence));
  // The first of a run of short one-line paragraphs is a flattened table's header cell ("Property" / "Value" / "Why").
  if (isCellLine(lines, i + 2) && isCellLine(lines, i + 4)) return -1;
  return (ANNOUNCES_MESSAGE.test(lead) || printed || CLI_ERROR.test(lines[i].text)) && !isCaption(lines[i].text) ? i : -1;
}

/**
 * A short paragraph (two to five lines, no sentence) under a lead-in that ends "…following:" and says a program prints
 * it or names the message it shows ("A typical run prints the following:" / "Query … succeeded in 6412 ms" /
 * "Data scanned: 17.9 MiB"). Returns its last line, or -1.
 */
function printedLines(lines: readonly BodyLine[], i: number, lead: string): number {
  const message = ANNOUNCES_MESSAGE.test(lead);
  if (!/\bfollowing:$/.test(lead) || !(message || TOOL_PRINTS.test(lead))) return -1;
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank) last++;
  if (last - i > 4) return -1;
  // A message may read as a sentence ("Error: Could not assume role with OIDC: Not authorized …"): most lines do not.
  let sentences = 0;
  for (let k = i; k <= last; k++) {
    if (lines[k].list) return -1;
    if (lineEvidence(lines[k].text).sentence) sentences++;
  }
  return sentences === 0 || (message && sentences * 2 < last - i + 1) ? last : -1;
}

/** `git log` output: "commit <hash>", "Author: …", then the date and the indented message. Returns its last line or -1. */
function gitLogEntry(lines: readonly BodyLine[], i: number): number {
  if (lines[i].text.charCodeAt(0) !== 99 || !/^commit [0-9a-f]{7,40}\b/.test(lines[i].text) || i + 1 >= lines.length || !/^(?:Author|Merge): /.test(lines[i + 1].text)) return -1;
  let last = i + 1;
  for (let k = i + 2; k < lines.length; k++) {
    if (lines[k].blank) continue;
    if (!/^(?:Date|Commit|CommitDate|AuthorDate): /.test(lines[k].text) && lines[k].indent < 4) break;
    last = k;
  }
  return last;
}

/** A date and time near a line's start, as logs print them: `[Container] 2025/05/06 10:31:02.907 …`, `2025-05-06T10:31:02Z …`. */
const LOGGED_AT = /^.{0,24}?\b\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:\d\d:\d\d/;

/**
 * A log excerpt: a paragraph (from line i, which starts one) that opens with a timestamped line and has two of them at
 * least, a third of its lines with those that look like code alone, but not all; the messages between them are the
 * log's too, whatever they read like. A heading set right under it without a blank line is not. Returns its last line
 * or -1.
 */
function timestampedLog(lines: readonly BodyLine[], i: number): number {
  if (lines[i].list || !LOGGED_AT.test(lines[i].text)) return -1;
  let stamped = 0;
  let seeded = false;
  let k = i;
  let coded = 0; // unstamped lines that look like code on their own (the `{'loss': …}` dicts a training job logs)
  for (; k < lines.length && !lines[k].blank; k++) {
    if (lines[k].list) return -1;
    if (!LOGGED_AT.test(lines[k].text)) {
      if (lineEvidence(lines[k].text).score >= SEED) coded++;
      continue;
    }
    // A sentence that starts with a date ("2025-03-02 08:14:55 was when …") is prose, whatever its neighbours.
    const evidence = lineEvidence(lines[k].text);
    if (evidence.sentence) return -1;
    seeded ||= evidence.score >= SEED;
    stamped++;
  }
  let last = k - 1;
  // A heading right under the log is not the log's; a closing count is (`Billable seconds: 4028`).
  if (last > i && !LOGGED_AT.test(lines[last].text) && lines[last].indent === 0 && looksLikeHeading(lines[last].text) && !/: \d[\d.,]*$/.test(lines[last].text)) last--;
  // Lines that all carry a time are left to the usual growth, which may go on past a blank line, when one of them is
  // code-like enough to start it; when none is (`… (service orders) has reached a steady state.`), the log is here.
  // Lines that look like code alone count towards the third when the stamps open the lines, as a logger writes them.
  const counted = /^\d{4}[/-]\d\d[/-]\d\d[ T]/.test(lines[i].text) ? stamped + coded : stamped;
  return stamped >= 2 && counted * 3 >= last - i + 1 && (stamped < last - i + 1 || !seeded) ? last : -1;
}

/** A clock time with seconds opening a line, then the message (`09:41:05  1 of 3 START sql view model …`) or none. */
const CLOCK_FIRST = /^\d\d:\d\d:\d\d(?:[.,]\d+)?(?:\s+\S|$)/;

/**
 * A tool's log that stamps each line with the time of day only (dbt, a build): a paragraph (from line i, which starts
 * one) of three lines or more, every one opening with a clock time, whatever the messages read like (`1 of 3 START …`
 * is no list). Returns its last line or -1.
 */
function clockLog(lines: readonly BodyLine[], i: number): number {
  const c = lines[i].text.charCodeAt(0);
  if (c < 48 || c > 57 || !CLOCK_FIRST.test(lines[i].text)) return -1;
  let k = i;
  for (; k < lines.length && !lines[k].blank; k++) if (lines[k].list || !CLOCK_FIRST.test(lines[k].text)) return -1;
  return k - i >= 3 ? k - 1 : -1;
}

/**
 * CSV records (a sample file, a report): a paragraph (from line i, which starts one) of two or more lines with the same
 * number of commas, none followed by a space as commas in prose are. Returns its last line or -1.
 */
function csvRecords(lines: readonly BodyLine[], i: number): number {
  if (lines[i].list) return -1;
  const first = lines[i].text;
  // A record's first field ends at a comma before any space; a paragraph's first word is followed by a space.
  const space = first.indexOf(' ');
  if ((space < 0 ? first.indexOf(',') : first.lastIndexOf(',', space)) < 0 || first.includes(', ')) return -1;
  const count = commas(first);
  // Records of two fields ("bucket,key") have one comma: then no field may have a space.
  const record = (text: string) => commas(text) === count && !text.includes(', ') && (count >= 2 || !text.includes(' '));
  if (!record(first)) return -1;
  let last = i;
  while (last + 1 < lines.length && !lines[last + 1].blank && !lines[last + 1].list && record(lines[last + 1].text)) last++;
  return last > i && (last + 1 >= lines.length || lines[last + 1].blank) ? last : -1;
}

function commas(text: string): number {
  let count = 0;
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) count++;
  return count;
}

/**
 * Verse (a poem quoted in an article): three or more short lines of words and punctuation only, half of them
 * ending with a punctuation mark. A line ending with ";" scores as code, but code has brackets, operators or dots
 * somewhere in three lines.
 */
/**
 * A paragraph of prose hard-wrapped around inline elements on lines of their own (LWN: "…it would let programmers
 * write" / "queue=>[]" / "in a parameter list, …"): the span is the whole paragraph, a third of its lines lean towards
 * prose, and joined they read as prose.
 */
function wrappedProse(lines: readonly BodyLine[], first: number, last: number, evidence: Evidence): boolean {
  if (last - first > 12) return false;
  if (midSentence(lines, first, last)) return true;
  if (last === first || (first > 0 && !lines[first - 1].blank) || (last + 1 < lines.length && !lines[last + 1].blank)) return false;
  // What a prompted command printed reads like prose as often as not (`git log --oneline`).
  if (promptOf(lines[first].text) !== undefined) return false;
  let wordy = 0;
  let joined = '';
  for (let k = first; k <= last; k++) {
    if (lines[k].blank || lines[k].list || lines[k].indent > 0) return false;
    if (scoreAt(evidence, k) < 0) wordy++;
    joined += (k > first ? ' ' : '') + lines[k].text;
  }
  return wordy >= 1 && wordy * 3 >= last - first + 1 && readsAsProse(joined);
}

/**
 * Where the code of the span from `first` starts, past inline code set on a line of its own at its head (LWN: "…a
 * counter type with an" / blank / "add()" / "method that updates two fields in the object:" / blank / the function):
 * a group that opens with one name and goes on in prose (in lower case, or with `, which …`), under a paragraph that
 * ends mid-sentence.
 */
function pastInlineLead(lines: readonly BodyLine[], first: number, last: number, evidence: Evidence): number {
  if (first < 2 || !lines[first - 1].blank || lines[first - 2].blank || lines[first - 2].list || lines[first].indent > 0 || lines[first].text.includes(' ')) return first;
  if (!/[\p{Ll},]$/u.test(lines[first - 2].text)) return first;
  let end = first + 1;
  if (end > last || lines[end].blank || !GOES_ON.test(lines[end].text)) return first;
  for (; end <= last && !lines[end].blank; end++) if (scoreAt(evidence, end) >= CONTINUE || lines[end].indent > 0) return first;
  while (end <= last && lines[end].blank) end++;
  return end <= last ? end : first;
}

/** How a sentence goes on after an inline element: in lower case, or with its punctuation (`, would instead …`). */
const GOES_ON = /^(?:\p{Ll}|[,.;:)] )/u;

/**
 * Inline code set on lines of its own inside running prose, blank lines around it (LWN: "…do so with a collection of" /
 * blank / "readl()" / "and" / blank / "writel()" / "calls that the compiler has no way to check."): the paragraph above
 * ends mid-sentence, each group of the span opens with one word or name and goes on in prose, some of it in lower
 * case, and together they read as prose.
 */
function inlineCodeInProse(lines: readonly BodyLine[], first: number, last: number, evidence: Evidence): boolean {
  if (last - first > 16 || lines[first].indent > 0) return false;
  let above = first - 1;
  while (above >= 0 && lines[above].blank) above--;
  if (above < 0 || above === first - 1 || lines[above].list || !/[\p{Ll},]$/u.test(lines[above].text)) return false;
  let continued = false;
  // The paragraph above whole, for the words a reading needs.
  let top = above;
  while (top > 0 && !lines[top - 1].blank && above - top < 12) top--;
  let joined = '';
  for (let k = top; k <= above; k++) joined += ` ${lines[k].text}`;
  for (let k = first; k <= last; k++) {
    if (lines[k].blank) continue;
    const text = lines[k].text;
    if (lines[k].indent > 0 || lines[k].list) return false;
    if (k === first || lines[k - 1].blank) {
      // The inline element: one name, call or setting, or a C type's two words (`struct list_head`).
      if (text.includes(' ') && !/^(?:struct|enum|union) \w+$/.test(text)) return false;
    } else {
      // Another inline name may stand on a line of its own inside the group (`read_ahead_kb`).
      if (scoreAt(evidence, k) >= CONTINUE && text.includes(' ')) return false;
      continued ||= GOES_ON.test(text);
    }
    joined += ` ${text}`;
  }
  // The sentence may go on right under the span (`cgroup_notify()` / `, would instead return …`).
  if (last + 1 < lines.length && !lines[last + 1].blank && GOES_ON.test(lines[last + 1].text)) {
    continued = true;
    joined += ` ${lines[last + 1].text}`;
  }
  return continued && readsAsProse(joined);
}

/**
 * Lines set inside a sentence that runs on around them ("…can upgrade in place by running" / "kestrel-upgrade --to 2.0"
 * / "as root; the project recommends …"): the line above ends mid-sentence, the line below goes on in lower case, and
 * the three read as prose together.
 */
function midSentence(lines: readonly BodyLine[], first: number, last: number): boolean {
  if (first === 0 || last + 1 >= lines.length || lines[first - 1].blank || lines[last + 1].blank || lines[first - 1].list) return false;
  const before = lines[first - 1].text;
  const after = lines[last + 1].text;
  if (/[.:;!?,{}()[\]]$/.test(before) || !GOES_ON.test(after) || lines[first - 1].indent > 0 || lines[last + 1].indent > 0) return false;
  let joined = before;
  for (let k = first; k <= last + 1; k++) joined += ` ${lines[k].text}`;
  return readsAsProse(joined);
}

function verse(lines: readonly BodyLine[], first: number, last: number): boolean {
  if (last - first < 2) return false;
  let n = 0;
  let punctuated = 0;
  for (let k = first; k <= last; k++) {
    if (lines[k].blank) continue;
    const text = lines[k].text;
    if (text.length > 60 || lines[k].list || !/^[\p{L}][\p{L}’' ,;!?-]*[\p{L},;.!?]$/u.test(text) || /\S\.\S|--/.test(text)) return false;
    n++;
    if (/[,;.!?]$/.test(text)) punctuated++;
  }
  // Verse punctuates its line ends; a run of commands ("systemctl is-active mosquitto") does not.
  return n >= 3 && punctuated * 2 >= n;
}

/**
 * A short line alone between two short single-line paragraphs that end with no punctuation (cells do not; prose
 * and lead-ins do), or before two of them, is a cell of a flattened table ("After" / "retention=short" / "Expire
 * current versions", "actor_id" / "VARCHAR(32)" / "Who made the change"), not a box of code.
 */
function tableCell(lines: readonly BodyLine[], first: number, last: number, evidence: Evidence): boolean {
  if (first !== last || !isCellLine(lines, first)) return false;
  // The table's first cell stands under its lead-in: two more cells after it, then, and itself no more than a name
  // (`key_id`), not a command or markup that the lead-in announced.
  return isCellLine(lines, first + 2) && (isCellLine(lines, first - 2) || (isCellLine(lines, first + 4) && scoreAt(evidence, first) <= SEED));
}

/** Line k is a paragraph of its own, short, ending with no punctuation: maybe a cell of a flattened table. */
function isCellLine(lines: readonly BodyLine[], k: number): boolean {
  return k >= 0 && k < lines.length && !lines[k].blank && !lines[k].list && lines[k].text.length <= CELL_LENGTH
    && (k === 0 || lines[k - 1].blank) && (k + 1 >= lines.length || lines[k + 1].blank)
    && !endsWithColon(lines[k].text) && !/[.!?]$/.test(lines[k].text);
}

/** Consecutive lines of prose width that each end with a space: text hard-wrapped inside a <pre>. */
function wrappedRun(lines: readonly BodyLine[], i: number, evidence: Evidence): number {
  let k = i;
  while (k + 1 < lines.length && !lines[k + 1].blank && !lines[k + 1].list && wraps(lines, k, evidence) && scoreAt(evidence, k + 1) < 1) k++;
  return k > i ? k : -1;
}

/** Line k is prose width, ends with a space and leans towards no code (a function, not a closure per call). */
function wraps(lines: readonly BodyLine[], k: number, evidence: Evidence): boolean {
  return lines[k].raw.endsWith(' ') && lines[k].text.length >= WRAPPED_MIN_LENGTH && scoreAt(evidence, k) < 1;
}

/** The clauses that carry an SQL statement on to its next line. */
const SQL_CLAUSE = /^(?:FROM|WHERE|AND|OR|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|ON|GROUP BY|ORDER BY|HAVING|LIMIT|OFFSET|UNION|SET|VALUES|RETURNING|WINDOW|QUALIFY)\b/;
const SQL_CLAUSE_OR_QUERY = /^(?:SELECT|WITH|FROM|WHERE|AND|OR|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|ON|GROUP BY|ORDER BY|HAVING|LIMIT|OFFSET|UNION|WINDOW|QUALIFY)\b/;
/**
 * The last line of code glued to the end of line `at`: the lines its backslashes continue it to, or, for an SQL
 * statement no ";" closed yet, the lines after it that each add a clause.
 */
function gluedStatementEnd(lines: readonly BodyLine[], at: number, code: string): number {
  // A command glued after a colon goes on over the lines its trailing backslashes continue it to.
  if (code.endsWith('\\')) {
    let last = at;
    while (last + 1 < lines.length && !lines[last + 1].blank && lines[last].text.endsWith('\\')) last++;
    return last;
  }
  if (code.endsWith(';') || !/^(?:SELECT|WITH|UPDATE|DELETE|INSERT|CREATE)\b/.test(code)) return at;
  // `CREATE … AS` goes on with its query; the query's own lines may be indented (`       partition_key,`).
  const clause = /\bAS$/.test(code) ? SQL_CLAUSE_OR_QUERY : SQL_CLAUSE;
  let last = at;
  for (let k = at + 1; k < lines.length && !lines[k].blank && !lines[k].list && (clause.test(lines[k].text) || (k > at + 1 && lines[k].indent > 0 && clause === SQL_CLAUSE_OR_QUERY)); k++) {
    last = k;
    if (lines[k].text.endsWith(';')) break;
  }
  return last;
}

function makeSpan(lines: readonly BodyLine[], first: number, last: number): CodeSpan {
  const head = lines[first];
  let strip = Infinity;
  for (let k = first + 1; k <= last; k++) if (!lines[k].blank) strip = Math.min(strip, leadingSpaces(lines[k].raw));
  let firstColumn: number;
  let firstText: string;
  if (head.list) {
    firstColumn = head.raw.length - head.raw.trimStart().length + head.list.marker.length;
    firstText = head.list.content;
    firstColumn = head.raw.indexOf(head.list.content, firstColumn);
    if (strip === Infinity) strip = head.list.indent + 2;
    strip = Math.min(strip, head.list.indent + 2 + head.list.marker.length);
  } else {
    strip = Math.min(strip, head.indent);
    firstText = dropColumns(head.raw, strip);
    firstColumn = head.raw.length - firstText.length;
  }
  const out = [firstText.trimEnd()];
  for (let k = first + 1; k <= last; k++) {
    const raw = lines[k].raw;
    const cut = Math.min(strip, leadingSpaces(raw));
    out.push(trimEndSpaces(cut > 0 ? dropColumns(raw, cut) : raw));
  }
  // No-break spaces are how the HTML renderer kept indentation; editors and shells need plain spaces.
  return { first, last, code: out.join('\n').replace(/\u00a0/g, ' '), firstColumn };
}

/** Drops trailing spaces and tabs (not no-break spaces, which the next step turns into spaces anyway). */
function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c !== 32 && c !== 9) break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Opening minus closing brackets outside quotes; tells whether code continues on the next line. */
export function bracketDelta(text: string): number {
  let delta = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      // A backslash skips the next character; counted for every quoted character, so the step has its types
      // from the first quote on (a step taken only after a backslash deoptimised this function the first time).
      i += c === 92 /* \\ */ ? 1 : 0;
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) {
      // A triple quote opens or closes a string over lines (`spark.sql(f"""` … `""")`): the brackets around it count.
      if (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c) i += 2;
      else quote = c; // " ' `
    } else if (c === 123 || c === 91 || c === 40) delta++; // { [ (
    else if (c === 125 || c === 93 || c === 41) delta--; // } ] )
  }
  return delta;
}

/**
 * Line j is a heading set right under the code of a paragraph from `start`, with no blank line between ("Why not run
 * Terraform in GitHub directly?" under a workflow's last indented line): it ends the paragraph, and the box.
 */
function headingUnder(lines: readonly BodyLine[], j: number, start: number): boolean {
  return j >= start + 2 && lines[j].indent === 0 && !lines[j].list && lines[j - 1].indent > 0 && (j + 1 >= lines.length || lines[j + 1].blank);
}

/**
 * After a blank line, a group of several adjacent lines that are not sentences continues a block: prose
 * paragraphs are one line each, so a multi-line group is preformatted (program output, records).
 */
function preformattedGroup(lines: readonly BodyLine[], k: number, evidence: ReadonlyArray<LineEvidence | undefined>): boolean {
  // A code-like second line settles it, unless the first leans towards prose: then the group may be a sentence
  // hard-wrapped around inline code on a line of its own (LWN: "Allocation goes through a new" / "ptcache_alloc()").
  if (k + 1 < lines.length && !lines[k + 1].blank && evidence[k + 1]!.score >= CONTINUE && evidence[k]!.score >= 0) return true;
  let n = 0;
  let joined = '';
  let codeLike = false;
  for (let j = k; j < lines.length && !lines[j].blank; j++) {
    if (lines[j].list || evidence[j]!.sentence || evidence[j]!.score <= PROSE) {
      if (headingUnder(lines, j, k)) break;
      return false;
    }
    n++;
    joined += (n > 1 ? ' ' : '') + lines[j].text;
    codeLike ||= evidence[j]!.score >= CONTINUE;
  }
  // Prose hard-wrapped around inline code ("The change to" / "builtin/clone.c" / "in the series is small; …"):
  // its lines lean no way alone, but together they are a sentence, or, with no line that leans towards code, read
  // as prose (a paragraph that starts in lower case after the code: "and passes it to" / "PIDFD_FREEZE" / "or" / …).
  return n >= 2 && !lineEvidence(joined).sentence && (codeLike || !readsAsProse(joined));
}

function closesCode(text: string): boolean {
  return /[}\]);]$/.test(text);
}

/** Aligned columns (`Critical Warning:      0x00`) are no heading, whatever their words. */
function looksLikeHeading(text: string): boolean {
  return text.length <= 80 && /^[A-Z\u0400-\u042F][\p{L}\p{N}’&:,#\- ]*$/u.test(text) && /\p{Ll}/u.test(text) && !/[.;:,]$/.test(text) && !text.includes('  ');
}
