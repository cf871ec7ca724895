// Tables that the HTML renderer flattened to one cell per paragraph ("State", "Time of drop (UTC)", …,
// "Vermont", "19:25", …) are rebuilt into rows when the shape allows it: a run of short cells that divides into
// rows of 2–6 columns, at least three rows, and evidence that the columns are real:
// - numbers: a column of numbers, times, percentages or amounts, every row keeping the kinds of the first body
//   row (a header row of labels above it, or none: "Base clock" / "2.25 GHz" pairs);
// - words: with no numbers, cells of one column share their words ("Security team" / "Compliance team") more
//   than cells of different columns do, or a column of one-word values ("Yes", "No") stands beside a column of
//   longer text in every row; a clear difference in the columns' lengths adds to that evidence. A run of names or
//   headings has no such pattern, and a list of records whose first record would be the header ("Step 1" /
//   "Step 2") is no table: both stay paragraphs.

export interface Cell { type: string; line: number; indent: number; text?: string; single?: boolean }

const MIN_RUN = 6;
const MAX_COLUMNS = 6;
const MIN_ROWS = 3;
/** Cells that may precede the table as its heading (dropped from the grid, kept as text). */
const MAX_LEAD = 2;
/** Evidence a table of words needs: shared words in columns (minus across columns) plus a length bonus. */
const MIN_WORD_ALIGNMENT = 2;
/** Tables of words are small; longer runs are not searched for them (the search is quadratic in the rows). */
const MAX_WORD_ROWS = 40;
const MAX_WORD_RUN = 160;
/** A sentence that speaks of a table ("The following table summarizes …"): a table follows it. */
const ANNOUNCES_TABLE = /\btables?\b|таблиц/i;
/** Cells an announced table of words may leave after it in its run (a heading, a closing line). */
const MAX_AFTER_ANNOUNCED = 2;

type TableOut = { type: 'table'; line: number; indent: number; rows: string[][]; header?: false };

/**
 * `isLongCell`: a cell that may only follow another (a long description beside its term); `isEventCell`: a sentence
 * that is a cell only right after a moment (a timeline's "14:06" / "The ruleset reaches every data center.").
 */
export function rebuildTables<T extends Cell>(units: readonly T[], isCell: (unit: T) => boolean, isLongCell: (unit: T) => boolean = isCell,
  isEventCell: (unit: T) => boolean = () => false): Array<T | TableOut> {
  const out: Array<T | TableOut> = [];
  let i = 0;
  while (i < units.length) {
    if (!isCell(units[i])) { out.push(units[i]); i++; continue; }
    let j = i + 1;
    while (j < units.length && (isCell(units[j]) || isLongCell(units[j]) || (isEventCell(units[j]) && MOMENT.test(units[j - 1].text ?? '')))) j++;
    // Most runs are a heading or two: too short for a table, nothing to look at.
    if (j - i < MIN_RUN) {
      for (let k = i; k < j; k++) out.push(units[k]);
      i = j;
      continue;
    }
    tablesInRun(units, i, j, out);
    i = j;
  }
  return out;
}

/**
 * Within the run of cells [i, j): tries a table at each position, takes it when one fits, else keeps the cell as
 * is. A function of its own: most bodies have no such run, and the search made rebuildTables one of the optimising
 * compiler's largest jobs in the parser (recompiled after each deoptimisation).
 */
function tablesInRun<T extends Cell>(units: readonly T[], i: number, j: number, out: Array<T | TableOut>): void {
  // Filled with push: an Array#map result has another elements kind when optimised than when interpreted.
  const cells: CellInfo[] = [];
  for (let k = i; k < j; k++) cells.push(describe(units[k].text ?? ''));
  // "The following table compares them:" right before the cells: the table starts at the first cell.
  const introduced = i > 0 && (/:$/.test(units[i - 1].text ?? '') || ANNOUNCES_TABLE.test(units[i - 1].text ?? ''));
  let p = 0;
  while (p < j - i) {
    const shape = j - i - p >= MIN_RUN ? bestShapeAt(cells, p, introduced && p === 0) ?? announcedGrid(cells, p, (p === 0 ? units[i - 1]?.text : cells[p - 1].text) ?? '') : undefined;
    if (!shape) { out.push(units[i + p]); p++; continue; }
    out.push(...units.slice(i + p, i + p + shape.lead));
    const first = i + p + shape.lead;
    const rows: string[][] = [];
    for (let r = 0; r < shape.rows; r++) {
      rows.push(units.slice(first + r * shape.columns, first + (r + 1) * shape.columns).map(c => c.text ?? ''));
    }
    // One object shape with or without a header row (header is left undefined when there is one).
    const table: TableOut = { type: 'table', line: units[first].line, indent: 0, rows, header: shape.header ? undefined : false };
    out.push(table);
    p += shape.lead + shape.rows * shape.columns;
  }
}

interface CellInfo {
  text: string;
  numeric: boolean;
  /** A one-word value such as "Yes", "No", "Optional", "Deprecated". */
  value: boolean;
  /** Edge words, computed when a grid of words is tried. */
  words?: readonly string[];
  logLength: number;
}

/** A one-word value (Yes, Optional, Table), or a name with digits after its letters (GSI1, IPv6). */
const ONE_WORD_VALUE = /^[\p{L}][\p{L}\d'’-]{0,11}$/u;

function describe(text: string): CellInfo {
  const t = text.trim();
  // words is set up front (undefined until needed): adding it later changed the object's shape, and code
  // optimised for the first shape was thrown away.
  return { text: t, numeric: isNumeric(t), value: ONE_WORD_VALUE.test(t), words: undefined, logLength: Math.log(1 + t.length) };
}

interface Shape {
  lead: number;
  columns: number;
  rows: number;
  /** Whether the first row names the columns; key/value tables ("Base clock" / "2.25 GHz") have no such row. */
  header: boolean;
  score: number;
}

/**
 * When one more cell than a grid holds could be either a heading above it or one below it, the heading above
 * wins: that is where articles put them (a heading below a table would have to be followed by no paragraph of
 * its own section for the run to end there). Not when a lead-in ending with ":" introduced the cells.
 */
function leadPreference(lead: number, introduced: boolean): number {
  return lead === 1 && !introduced ? 3 : -lead;
}

/**
 * The best grid starting at `at` (a heading before it may be left out). Grids with a numeric column win over
 * grids of words; among them, more numeric columns, a first column of labels, then more cells and the place of
 * the heading (leadPreference).
 */
function bestShapeAt(cells: readonly CellInfo[], at: number, introduced: boolean): Shape | undefined {
  let best: Shape | undefined;
  const consider = (shape: Shape | undefined): void => { if (shape && (!best || shape.score > best.score)) best = shape; };
  for (let lead = 0; lead <= MAX_LEAD; lead++) {
    const start = at + lead;
    for (let columns = 2; columns <= MAX_COLUMNS; columns++) {
      if (cells.length - start < columns * MIN_ROWS) continue;
      const leadBonus = leadPreference(lead, introduced);
      consider(numericGrid(cells, start, columns, lead, true, leadBonus));
      consider(numericGrid(cells, start, columns, lead, false, leadBonus));
      // A table of words has at most its heading before it: two cells left out would let rows shift.
      if (columns === 2) consider(specificationGrid(cells, start, lead, leadBonus));
      if (columns === 2) consider(timelineGrid(cells, start, lead));
      const wordsAllowed = cells.length <= MAX_WORD_RUN && lead <= (introduced ? 0 : 1);
      if ((!best || best.score < 1000) && wordsAllowed) consider(wordGrid(cells, start, columns, lead, leadBonus));
    }
  }
  return headingAboveNumbers(cells, at, introduced, best);
}

/**
 * A table whose first column is numbers (exit codes, ports) under a heading: the grid that takes the heading as
 * its first header cell puts words first and so looks like a table with row labels, but it leaves the table's
 * last cell over. When the same grid one cell later ends the run exactly, and the first cell has more words than
 * any header cell of that grid (a heading, not a column name), the heading is above the table.
 */
function headingAboveNumbers(cells: readonly CellInfo[], at: number, introduced: boolean, best: Shape | undefined): Shape | undefined {
  if (!best || best.lead !== 0 || best.score < 1000) return best;
  const { columns, rows } = best;
  const end = at + rows * columns;
  if (end !== cells.length - 1 || !cells[end].value) return best;
  const shifted = numericGrid(cells, at + 1, columns, 1, true, leadPreference(1, introduced));
  if (!shifted || shifted.rows !== rows || shifted.columns !== columns) return best;
  const headingWords = wordCount(cells[at].text);
  for (let c = 1; c <= columns; c++) if (wordCount(cells[at + c].text) >= headingWords) return best;
  return headingWords >= 3 ? shifted : best;
}

/**
 * A grid whose body rows keep the numeric kinds of the first body row, with at least one numeric column. With
 * a header, the header row has no numbers; without one, the first row is already a body row.
 */
function numericGrid(cells: readonly CellInfo[], start: number, columns: number, lead: number, header: boolean, leadBonus: number): Shape | undefined {
  const body = header ? start + columns : start;
  if (header && !countsHeader(cells, start, columns)) for (let c = 0; c < columns; c++) if (cells[start + c].numeric) return undefined;
  // A number missing from the first body row ("None" where the rows below say "90 days"): the next row has the kinds.
  const model = header && body + 2 * columns <= cells.length && !rowMatches(cells, body, body + columns, columns)
    && rowMatches(cells, body + columns, body, columns) ? body + columns : body;
  let numericColumns = 0;
  for (let c = 0; c < columns; c++) if (cells[model + c].numeric) numericColumns++;
  if (numericColumns === 0) return undefined;
  // Without a header, the row labels must say what the numbers are: a first column of words.
  if (!header && cells[body].numeric) return undefined;
  let rows = header ? 2 : 1;
  while (start + (rows + 1) * columns <= cells.length && rowMatches(cells, model, start + rows * columns, columns)) rows++;
  if (rows < MIN_ROWS) return undefined;
  // A number left over after the grid, too few cells for a row, is the table's own: the grid is cut wrong
  // (every body cell numeric fits several widths; a heading above taken as a header cell shifts the rest).
  const end = start + rows * columns;
  if (end < cells.length && cells.length - end < columns && cells[end].numeric) return undefined;
  // Rows start with their label ("Vermont", "Base clock"): a grid whose first column is words wins over one
  // shifted by a cell, whose labels would end the rows.
  const labelColumn = cells[body].numeric ? 0 : 500;
  return { lead, columns, rows, header, score: numericColumns * 1000 + labelColumn + rows * columns + leadBonus };
}

/**
 * A header that names its columns by counts ("Interpreter", "1 thread", "8 threads" over "21.4s", "3.6s"): a label, then
 * in every other column a number and one word that the numeric cell below does not repeat. "2 vCPU" over "4 vCPU" is a
 * row of values.
 */
function countsHeader(cells: readonly CellInfo[], start: number, columns: number): boolean {
  if (columns < 2 || cells[start].numeric || start + 2 * columns > cells.length) return false;
  for (let c = 1; c < columns; c++) {
    const count = /^\d+ (\p{L}{3,})$/u.exec(cells[start + c].text);
    const below = cells[start + columns + c];
    if (count === null || !below.numeric || below.text.toLowerCase().includes(count[1].toLowerCase().slice(0, 4))) return false;
  }
  return true;
}

/** A moment in a timeline's first column: `14:06`, `14:06:31`, `2026-02-17 14:06`, `Feb 17, 14:06`. */
const MOMENT = /^(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?(?:\s*(?:UTC|GMT|[AP]M))?$|^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2},? \d{1,2}:\d\d$/;

/**
 * An incident's timeline: a header of a time column and an event column ("Time (UTC)" / "Event"), then rows of a
 * moment beside what happened. The events may hold numbers of their own ("429 responses start rising"), which
 * lets wider grids line numbers up by chance; the header and the moments in every row decide.
 */
function timelineGrid(cells: readonly CellInfo[], start: number, lead: number): Shape | undefined {
  if (!/^(?:Time|Date|When)\b/i.test(cells[start].text) || cells[start + 1].numeric || !isName(cells[start + 1].text)) return undefined;
  let rows = 1;
  for (let k = start + 2; k + 1 < cells.length && MOMENT.test(cells[k].text) && !cells[k + 1].numeric; k += 2) rows++;
  return rows > MIN_ROWS ? { lead, columns: 2, rows, header: true, score: 5000 + rows } : undefined;
}

/**
 * A specification table without a header row ("Form factor" / "2U rackmount, 780mm depth", "CPU" / "1x AMD EPYC
 * 9555 (64 cores)"): label and value pairs, every label a short name without digits, the values measured (a digit
 * in the first and in three of four), not all plain numbers. Such values keep it from being a numeric grid; it wins
 * over grids that cut the pairs across (labels in two columns). It ends at the first cell that is no label.
 */
function specificationGrid(cells: readonly CellInfo[], start: number, lead: number, leadBonus: number): Shape | undefined {
  let rows = 0;
  let measured = 0;
  let numbersOnly = true;
  for (let k = start; k + 1 < cells.length; k += 2) {
    const label = cells[k].text;
    if (label.length > 40 || /\d|[.:;,!?]$/.test(label) || wordCount(label) > 4 || !/^\p{Lu}/u.test(label)) break;
    const hasDigit = /\d/.test(cells[k + 1].text);
    if (rows === 0 && !hasDigit) return undefined;
    if (hasDigit) measured++;
    numbersOnly &&= cells[k + 1].numeric;
    rows++;
  }
  // Plain numbers beside labels are a numeric grid's, whose first row may name the columns.
  if (rows < 4 || measured * 4 < rows * 3 || numbersOnly) return undefined;
  // Two names right above the pairs ("Severity label" / "Response target") name their columns: a header row.
  if (lead === 2 && columnNames(cells[start - 2].text, cells[start - 1].text)) return { lead: 0, columns: 2, rows: rows + 1, header: true, score: 3000 + rows + leadBonus };
  return { lead, columns: 2, rows, header: false, score: 3000 + rows + leadBonus };
}

function columnNames(first: string, second: string): boolean {
  return isName(first) && isName(second) && !/\d/.test(first) && !/\d/.test(second);
}

/**
 * A table the text announced, of words only ("Property" / "EventBridge" / "SQS" / …, "Ordering" / "Not
 * guaranteed" / …): the one width whose grid has names only in its header row and first column, text in its
 * body, and ends the run but for at most MAX_AFTER_ANNOUNCED cells (a heading, a closing line). Several such
 * widths, or none: no table.
 */
function announcedGrid(cells: readonly CellInfo[], at: number, before: string): Shape | undefined {
  if (!ANNOUNCES_TABLE.test(before)) return undefined;
  let found: Shape | undefined;
  for (let columns = 2; columns <= MAX_COLUMNS; columns++) {
    let rows = 0;
    let text = false;
    for (; at + (rows + 1) * columns <= cells.length; rows++) {
      const row = at + rows * columns;
      let names = true;
      for (let c = 0; c < columns; c++) {
        const name = isName(cells[row + c].text);
        if (rows === 0 || c === 0) names &&= name;
        else text ||= !name;
      }
      if (!names) break;
    }
    if (rows < MIN_ROWS || !text || cells.length - (at + rows * columns) > MAX_AFTER_ANNOUNCED) continue;
    if (found) return undefined;
    found = { lead: 0, columns, rows, header: true, score: 0 };
  }
  return found;
}

/** A column's or a row's name: a few words, no comma, no sentence end. */
function isName(text: string): boolean {
  return /^[\p{L}\d]/u.test(text) && !/[,;]|[.:!?]$/.test(text) && wordCount(text) <= 4;
}

/** Row at `row` has the numeric kinds of the row at `model`; "n/a", "None", "unlimited", "Not yet" or a dash stands for a missing number. */
function rowMatches(cells: readonly CellInfo[], model: number, row: number, columns: number): boolean {
  for (let c = 0; c < columns; c++) {
    if (cells[row + c].numeric !== cells[model + c].numeric && !(cells[model + c].numeric && MISSING_NUMBER.test(cells[row + c].text))) return false;
  }
  return true;
}

const MISSING_NUMBER = /^(?:n\/a|N\/A|None|none|infinity|unlimited|Unlimited|∞|—|–|-|TBD|[Nn]ot (?:yet|supported|available))$/;

/**
 * A grid of words: the number of rows with the clearest column pattern, when the pattern is clear enough.
 * Scores stay below any numeric grid's. Shared words are counted row by row as the grid grows.
 */
function wordGrid(cells: readonly CellInfo[], start: number, columns: number, lead: number, leadBonus: number): Shape | undefined {
  let best: Shape | undefined;
  const body = start + columns;
  const maxRows = Math.min(MAX_WORD_ROWS, Math.floor((cells.length - start) / columns));
  for (let k = start; k < start + columns; k++) if (cells[k].numeric) return undefined;
  let same = 0;
  let across = 0;
  // Bit c set: every body row so far has a one-word value (values) / longer text (texts) in column c.
  let values = (1 << columns) - 1;
  let texts = values;
  for (let rows = 2; rows <= maxRows; rows++) {
    // Row `rows - 1` joins: compare its cells with the body rows above it.
    const row = start + (rows - 1) * columns;
    let anyNumeric = false;
    let mask = 0;
    for (let c = 0; c < columns; c++) {
      anyNumeric ||= cells[row + c].numeric;
      if (cells[row + c].value) mask |= 1 << c;
    }
    if (anyNumeric) break;
    values &= mask;
    texts &= ~mask;
    for (let c = 0; c < columns; c++) {
      // One-word values (Yes, No, Optional) repeat across columns by nature: the pattern speaks for them.
      if (cells[row + c].value) continue;
      for (let above = body; above < row; above++) {
        if (cells[above].value || !shareWord(wordsOf(cells[row + c]), wordsOf(cells[above]))) continue;
        if ((above - body) % columns === c) same++;
        else across++;
      }
    }
    if (rows < MIN_ROWS) continue;
    if (headerLooksLikeRow(cells, start, columns, rows - 1)) break;
    // A column of one-word values beside a column of longer text, in every body row (three at least: two
    // agree by chance too easily); other columns may mix both (names: "Ombudsman", "The ministry").
    const valueColumns = rows > MIN_ROWS && values !== 0 && texts !== 0;
    const glossary = rows > MIN_ROWS && columns === 2 && termsBeside(cells, body, rows - 1);
    if (!(same >= 2 && same > across) && !valueColumns && !glossary) continue;
    const separation = lengthSeparation(cells, body, columns, rows - 1);
    const alignment = same - across + (valueColumns || glossary ? 2 : 0) + (separation >= 15 ? 2 : separation >= 6 ? 1 : 0);
    if (alignment < MIN_WORD_ALIGNMENT) continue;
    // A one-word value left over after the grid, too few cells for a row, is the table's own: a title cell above
    // was taken into the header and shifted every row ("Output formats" / "Format" / … / "No").
    const end = start + rows * columns;
    if (end < cells.length && cells.length - end < columns && cells[end].value && values !== 0) continue;
    const score = Math.min(alignment, 50) * 10 + Math.min(separation, 20) / 5 + rows * columns / 100 + leadBonus / 2;
    if (!best || score >= best.score) best = { lead, columns, rows, header: true, score };
  }
  return best;
}

/**
 * A glossary: in every body row a term of one token ("rain_flag", "Kubelet") beside a description of four words or
 * more ("Whether the city weather feed reported rain …").
 */
function termsBeside(cells: readonly CellInfo[], body: number, rows: number): boolean {
  for (let r = 0; r < rows; r++) {
    if (/\s/.test(cells[body + 2 * r].text) || wordCount(cells[body + 2 * r + 1].text) < 4) return false;
  }
  return true;
}

/**
 * A "header" cell that shares a word with a body cell of its column and has as many words is one more record
 * ("Step 1" over "Step 2", "Principal Engineer" over "Staff Engineer"): a list of records, not a table with a
 * header. A real header names its column ("Party" over "First party").
 */
function headerLooksLikeRow(cells: readonly CellInfo[], start: number, columns: number, bodyRows: number): boolean {
  for (let c = 0; c < columns; c++) {
    const header = cells[start + c];
    if (header.value) continue;
    const count = wordCount(header.text);
    for (let r = 1; r <= bodyRows; r++) {
      const cell = cells[start + r * columns + c];
      if (!cell.value && wordCount(cell.text) === count && shareWord(wordsOf(header), wordsOf(cell))) return true;
    }
  }
  return false;
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Between-column over within-column variance of the cells' log lengths (an F statistic). */
function lengthSeparation(cells: readonly CellInfo[], body: number, columns: number, rows: number): number {
  if (rows < 2) return 0;
  let total = 0;
  const means: number[] = [];
  for (let c = 0; c < columns; c++) {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += cells[body + r * columns + c].logLength;
    means.push(sum / rows);
    total += sum;
  }
  const grand = total / (rows * columns);
  let between = 0;
  let within = 0;
  for (let c = 0; c < columns; c++) {
    between += rows * (means[c] - grand) ** 2;
    for (let r = 0; r < rows; r++) within += (cells[body + r * columns + c].logLength - means[c]) ** 2;
  }
  const betweenMean = between / (columns - 1);
  const withinMean = within / (rows * columns - columns);
  return withinMean === 0 ? (betweenMean > 0 ? Infinity : 0) : betweenMean / withinMean;
}

/** Words too common to say that two cells belong together. */
const FUNCTION_WORDS = new Set(['the', 'an', 'of', 'in', 'on', 'for', 'to', 'and', 'or', 'with', 'by', 'is',
  'на', 'за', 'от', 'до', 'по', 'се']);

function wordsOf(cell: CellInfo): readonly string[] {
  return (cell.words ??= edgeWords(cell.text));
}

/** The first and last words of a cell, lower-cased: where a column's shared vocabulary shows. */
function edgeWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const edges = words.length > 1 ? [words[0] as string, words[words.length - 1] as string] : [...words];
  return edges.filter(w => w.length > 1 && !FUNCTION_WORDS.has(w));
}

function shareWord(a: readonly string[], b: readonly string[]): boolean {
  for (const w of a) if (b.includes(w)) return true;
  return false;
}

function isNumeric(text: string): boolean {
  // A bound is a number too ("Older than 365 days" under "121–365 days"). The number ends at a space, a bracket, a
  // slash, the text's end, a date's next part or a range's ("5–10 minutes"): "7-zip" is a name.
  const number = /^(?:[-+−–~≈<>±]|(?:(?:[Mm]ore|[Ll]ess|[Ff]ewer|[Oo]lder|[Nn]ewer|[Gg]reater) than|[Oo]ver|[Uu]nder|[Uu]p to|[Aa]t (?:least|most)) )?\s*(?:[$€£¥]|(?:USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|SGD|BGN) )?\s*\d[\d,.:]*(?:[eE][-+]?\d+)?\s*(?:%|[kKMGTP]i?B?|[mgt]\b|ms|s|x|USD|EUR)?(?=$|[\s/()]|[-–]\d)/.exec(text);
  // A number then two words or more and no other number is a label that starts with one ("128K sequential read"),
  // not a quantity ("24 hours", "$0.02 per GB", "3 nodes (r6g.large)", "3 hours 12 minutes").
  return number !== null && (/[$€£¥]|[A-Z]{3} /.test(number[0]) || !labelAfter(text.slice(number[0].length)));
}

function labelAfter(rest: string): boolean {
  // Words right after the number, not a price's description after a dash ("$650 – AWS Lambda").
  if (!/^ \p{L}/u.test(rest)) return false;
  const words = rest.replace(/\([^)]*\)/g, ' ').split(' ');
  let letters = 0;
  for (const word of words) {
    if (/\d/.test(word)) return false;
    if (/^\p{L}{2,}/u.test(word) && word !== 'per') letters++;
  }
  return letters >= 2;
}
