// The body's structure in reading order: headings, paragraphs, captions, nested lists, tables rebuilt from
// one-cell-per-paragraph runs, and the code blocks found by codeBlocks.ts.
import type { BodyBlock, ListItem } from '../model';
import type { CodeSpan } from './codeBlocks';
import { isCaption } from './captions';
import type { BodyLine } from './lines';
import { rebuildTables } from './tables';

/** A piece of the body before nesting: one line of text (or several joined), a list item, or a code block. */
/** Each kind of unit is made with all its fields in one order, so that the code reading units meets few object
 * shapes (more than four and V8's property caches give up; each new shape met also deoptimised nest and toBlock). */
type Unit =
  | { type: 'text'; line: number; indent: number; text: string; single: boolean; afterBlank: boolean; beforeBlank: boolean; quote: boolean }
  | { type: 'item'; line: number; indent: number; ordered: boolean; text: string }
  | { type: 'code'; line: number; indent: number; codeIndex: number; onItem: { ordered: boolean } | undefined; adjacentToPrevious: boolean };

const MAX_HEADING = 100;
const QUOTED = /^>+(?:\s+|$)/;

export function buildBody(lines: readonly BodyLine[], spans: readonly CodeSpan[]): BodyBlock[] {
  return nest(rebuildTables(toUnits(lines, spans), isCellText, isLongCellText, isEventText) as Array<Unit | TableUnit>);
}

interface TableUnit { type: 'table'; line: number; indent: number; rows: string[][]; header?: false }

function toUnits(lines: readonly BodyLine[], spans: readonly CodeSpan[]): Unit[] {
  const units: Unit[] = [];
  let s = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (s < spans.length && spans[s].first === i) {
      const span = spans[s];
      const adjacentToPrevious = i > 0 && !lines[i - 1].blank;
      if (line.list && span.firstColumn > 0 && line.raw.indexOf(line.list.content) === span.firstColumn) {
        units.push({ type: 'code', line: line.index + 1, indent: line.list.indent, codeIndex: s, onItem: { ordered: line.list.ordered }, adjacentToPrevious });
      } else if (line.list && span.firstColumn > line.raw.indexOf(line.list.content)) {
        // Code glued to the end of a list item's sentence: the item keeps its words, the code sits under it.
        const words = line.raw.slice(line.raw.indexOf(line.list.content), span.firstColumn).trim();
        units.push({ type: 'item', line: line.index + 1, indent: line.list.indent, ordered: line.list.ordered, text: words });
        units.push({ type: 'code', line: line.index + 1, indent: line.list.indent + 2, codeIndex: s, onItem: undefined, adjacentToPrevious: true });
      } else {
        if (span.firstColumn > line.indent && !line.list) {
          // Code glued to a sentence: the sentence is a paragraph of its own.
          const before = line.raw.slice(0, span.firstColumn).trim();
          if (before) units.push({ type: 'text', line: line.index + 1, indent: line.indent, text: before, single: true, afterBlank: i === 0 || lines[i - 1].blank, beforeBlank: false, quote: false });
        }
        units.push({ type: 'code', line: line.index + 1, indent: line.indent, codeIndex: s, onItem: undefined, adjacentToPrevious });
      }
      i = span.last;
      s++;
      continue;
    }
    if (line.blank) continue;
    if (line.list) {
      units.push({ type: 'item', line: line.index + 1, indent: line.list.indent, ordered: line.list.ordered, text: line.list.content });
      continue;
    }
    // Reads stay within the arrays: one past an end (or at -1) deoptimised these functions on large dumps.
    const previous = units.length > 0 ? units[units.length - 1] : undefined;
    // Mail quoted with ">" and hard line breaks: one paragraph per quoted paragraph, the first ">" kept so
    // that it still reads as a quotation (the model has no quote block).
    const quoted = line.text.charCodeAt(0) === 62 && QUOTED.test(line.text); // ">"
    if (quoted && previous?.type === 'text' && previous.quote && !lines[i - 1].blank) {
      const rest = line.text.replace(QUOTED, '');
      if (!rest) {
        previous.quote = false; // a bare ">" ends a quoted paragraph; the next ">" line starts another
        continue;
      }
      previous.text += ` ${rest}`;
      previous.single = false;
      previous.beforeBlank = i + 1 >= lines.length || lines[i + 1].blank;
      continue;
    }
    const joinable = previous?.type === 'text' && i > 0 && !lines[i - 1].blank && previous.indent === line.indent && /^[\p{Ll},.;:)\]”’]/u.test(line.text);
    if (joinable) {
      previous.text += /^[,.;:)\]”’]/.test(line.text) ? line.text : ` ${line.text}`;
      previous.single = false;
      previous.beforeBlank = i + 1 >= lines.length || lines[i + 1].blank;
      continue;
    }
    units.push({
      type: 'text', line: line.index + 1, indent: line.indent, text: line.text, single: true,
      afterBlank: i === 0 || lines[i - 1].blank, beforeBlank: i + 1 >= lines.length || lines[i + 1].blank, quote: quoted,
    });
  }
  return units;
}

/** A table cell is a short paragraph; a description cell after a cell may run to a long line ("… for example …"). */
const MAX_CELL_LENGTH = 80;
const MAX_LONG_CELL_LENGTH = 160;

/** A table cell candidate: a short line that is a paragraph of its own (blank lines around it), not a sentence. */
function isCellText(unit: Unit | TableUnit): boolean {
  return cellLength(unit) <= MAX_CELL_LENGTH;
}

/** A cell that may only follow another one (runs of cells start with short ones). */
function isLongCellText(unit: Unit | TableUnit): boolean {
  return cellLength(unit) <= MAX_LONG_CELL_LENGTH;
}

/**
 * An event of a timeline: one sentence, a paragraph of its own (a heading may follow it without a blank line, as
 * the renderer joined them).
 */
function isEventText(unit: Unit | TableUnit): boolean {
  if (unit.type !== 'text' || !unit.single || unit.indent !== 0 || !unit.afterBlank || unit.quote) return false;
  const text = unit.text;
  return text.length <= MAX_LONG_CELL_LENGTH && /[.!]$/.test(text) && !/[.!?] \p{Lu}/u.test(text) && !isCaption(text);
}

/** The length of a unit that could be a cell (a paragraph of its own, not a sentence), else Infinity. */
function cellLength(unit: Unit | TableUnit): number {
  if (unit.type !== 'text' || !unit.single || unit.indent !== 0 || !unit.afterBlank || !unit.beforeBlank || unit.quote) return Infinity;
  const text = unit.text;
  // Two sentences ("That's all for this week. Comments (12 posted)") are prose, not a cell.
  return text.length <= MAX_LONG_CELL_LENGTH && !/[.!?:]$/.test(text) && !/[.!?] \p{Lu}/u.test(text) && !isCaption(text) ? text.length : Infinity;
}

interface Open { indent: number; items: ListItem[]; ordered: boolean; item: ListItem }

function nest(units: ReadonlyArray<Unit | TableUnit>): BodyBlock[] {
  const top: BodyBlock[] = [];
  const stack: Open[] = [];
  for (let k = 0; k < units.length; k++) {
    const unit = units[k];
    if (unit.type === 'item') {
      addItem(top, stack, unit.indent, unit.ordered, { line: unit.line, text: unit.text, children: [] }, unit.line);
      continue;
    }
    if (unit.type === 'code' && unit.onItem) {
      const item: ListItem = { line: unit.line, text: '', children: [{ type: 'code', line: unit.line, codeIndex: unit.codeIndex }] };
      addItem(top, stack, unit.indent, unit.onItem.ordered, item, unit.line);
      continue;
    }
    // Code right under an item (no blank line between) belongs to it even when it is not indented.
    const attach = unit.type === 'code' && unit.adjacentToPrevious && k > 0 && units[k - 1].type === 'item';
    if (!attach) while (stack.length > 0 && stack[stack.length - 1].indent >= unit.indent) stack.pop();
    containerOf(top, stack).push(toBlock(unit, units, k));
  }
  return top;
}

// Plain functions, not closures made per body: a new closure per article changed the call target in the loop
// above, and V8 threw away the code that had inlined the previous one.

/** Where the next block goes: the children of the innermost open list item, or the top. */
function containerOf(top: BodyBlock[], stack: readonly Open[]): BodyBlock[] {
  return stack.length > 0 ? stack[stack.length - 1].item.children : top;
}

function addItem(top: BodyBlock[], stack: Open[], indent: number, ordered: boolean, item: ListItem, line: number): void {
  while (stack.length > 0 && stack[stack.length - 1].indent > indent) stack.pop();
  const open = stack.length > 0 ? stack[stack.length - 1] : undefined;
  if (open && open.indent === indent && open.ordered === ordered) {
    open.items.push(item);
    open.item = item;
    return;
  }
  if (open && open.indent === indent) stack.pop();
  const items = [item];
  containerOf(top, stack).push({ type: 'list', line, ordered, items });
  stack.push({ indent, items, ordered, item });
}

function toBlock(unit: Unit | TableUnit, units: ReadonlyArray<Unit | TableUnit>, k: number): BodyBlock {
  switch (unit.type) {
    case 'table':
      return unit.header === false ? { type: 'table', line: unit.line, rows: unit.rows, header: false } : { type: 'table', line: unit.line, rows: unit.rows };
    case 'code':
      return { type: 'code', line: unit.line, codeIndex: unit.codeIndex };
    case 'item':
      return { type: 'paragraph', line: unit.line, text: unit.text };
    case 'text': {
      if (isCaption(unit.text)) return { type: 'caption', line: unit.line, text: unit.text };
      // Read for every text unit, not only when the heading test gets that far: a read of a unit's kind that
      // runs rarely meets a kind of unit it has not seen yet, and that threw away the optimised nest and toBlock.
      const afterCode = k > 0 && units[k - 1].type === 'code';
      if (isHeading(unit, afterCode, k + 1 < units.length ? units[k + 1] : undefined)) return { type: 'heading', line: unit.line, text: unit.text };
      return { type: 'paragraph', line: unit.line, text: unit.text };
    }
  }
}

function isHeading(unit: Extract<Unit, { type: 'text' }>, afterCode: boolean, next: Unit | TableUnit | undefined): boolean {
  // The next unit's kind is read first, for every text unit (as afterCode above): read only for the rare heading
  // candidates, it met kinds of unit it had not seen and threw away the optimised nest and toBlock.
  const nextType = next === undefined ? undefined : next.type;
  // A heading stands alone between blank lines, or right after a code block that swallowed the blank.
  if (!unit.single || unit.indent > 0 || !(unit.afterBlank || afterCode) || !unit.beforeBlank || nextType === undefined) return false;
  const text = unit.text;
  if (text.length > MAX_HEADING || /[.!?,;]$/.test(text) || (/:$/.test(text) && text.split(/\s+/).length > 3)) return false;
  if (!/^[\p{Lu}\p{N}"“'‘[(]/u.test(text)) return false;
  // "Then deploy:" before code or a list introduces it; it is not a heading.
  if (/:$/.test(text) && (nextType === 'code' || nextType === 'item')) return false;
  if (nextType === 'text') {
    const following = next as Extract<Unit, { type: 'text' }>;
    if (following.single && following.text.length <= MAX_HEADING && !/[.!?:]$/.test(following.text)) return false;
  }
  return true;
}

