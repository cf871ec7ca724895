// Tables that the HTML renderer flattened to one cell per paragraph ("State", "Time of drop (UTC)", …,
// "Vermont", "19:25", …) are rebuilt into rows when the shape allows it: a run of short cells whose count
// divides into a header row plus at least two body rows, with columns of a consistent kind and at least one
// column of numbers, times, percentages or amounts. Runs that fit no shape stay paragraphs.

export interface Cell { type: string; line: number; indent: number; text?: string; single?: boolean }

const MIN_RUN = 6;
const MAX_COLUMNS = 6;
/** Cells that may precede the table as its heading (dropped from the grid, kept as text). */
const MAX_LEAD = 2;

type TableOut = { type: 'table'; line: number; indent: number; rows: string[][] };

export function rebuildTables<T extends Cell>(units: readonly T[], isCell: (unit: T) => boolean): Array<T | TableOut> {
  const out: Array<T | TableOut> = [];
  let i = 0;
  while (i < units.length) {
    if (!isCell(units[i])) { out.push(units[i]); i++; continue; }
    let j = i;
    while (j < units.length && isCell(units[j])) j++;
    // Within the run [i, j): try a table at each position, take it when one fits, else keep the cell as is.
    const numeric = units.slice(i, j).map(u => isNumeric(u.text ?? ''));
    let p = 0;
    while (p < j - i) {
      const shape = j - i - p >= MIN_RUN ? bestShapeAt(numeric, p) : undefined;
      if (!shape) { out.push(units[i + p]); p++; continue; }
      out.push(...units.slice(i + p, i + p + shape.lead));
      const first = i + p + shape.lead;
      const rows: string[][] = [];
      for (let r = 0; r < shape.rows; r++) {
        rows.push(units.slice(first + r * shape.columns, first + (r + 1) * shape.columns).map(c => c.text ?? ''));
      }
      out.push({ type: 'table', line: units[first].line, indent: 0, rows });
      p += shape.lead + shape.rows * shape.columns;
    }
    i = j;
  }
  return out;
}

interface Shape { lead: number; columns: number; rows: number; score: number }

/**
 * The best grid starting at `at` (a heading before it may be left out): the header row has no numbers, the
 * first body row fixes each column's kind, and rows are taken while they keep those kinds.
 */
function bestShapeAt(numeric: readonly boolean[], at: number): Shape | undefined {
  let best: Shape | undefined;
  for (let lead = 0; lead <= MAX_LEAD; lead++) {
    const start = at + lead;
    for (let columns = 2; columns <= MAX_COLUMNS; columns++) {
      if (numeric.length - start < columns * 3) continue;
      let headerNumeric = false;
      for (let c = 0; c < columns; c++) headerNumeric ||= numeric[start + c];
      if (headerNumeric) continue;
      let numericColumns = 0;
      for (let c = 0; c < columns; c++) if (numeric[start + columns + c]) numericColumns++;
      if (numericColumns === 0) continue;
      let rows = 2;
      while (start + (rows + 1) * columns <= numeric.length && rowMatches(numeric, start, columns, rows)) rows++;
      if (rows < 3) continue;
      const score = numericColumns * 1000 + rows * columns - lead;
      if (!best || score > best.score) best = { lead, columns, rows, score };
    }
  }
  return best;
}

/** Row `row` has the kinds of the first body row (row 1). */
function rowMatches(numeric: readonly boolean[], start: number, columns: number, row: number): boolean {
  for (let c = 0; c < columns; c++) if (numeric[start + row * columns + c] !== numeric[start + columns + c]) return false;
  return true;
}

function isNumeric(text: string): boolean {
  return /^[-+−–~≈<>]?\s*[$€£¥]?\s*\d[\d,.:]*\s*(?:%|[kKMGTP]i?B?|ms|s|x|USD|EUR)?\b/.test(text.trim());
}
