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
    const shape = j - i >= MIN_RUN ? bestShape(units.slice(i, j).map(u => u.text ?? '')) : undefined;
    if (!shape) {
      out.push(units[i]);
      i++;
      continue;
    }
    out.push(...units.slice(i, i + shape.lead));
    const cells = units.slice(i + shape.lead, i + shape.lead + shape.rows * shape.columns);
    const rows: string[][] = [];
    for (let r = 0; r < shape.rows; r++) rows.push(cells.slice(r * shape.columns, (r + 1) * shape.columns).map(c => c.text ?? ''));
    out.push({ type: 'table', line: cells[0].line, indent: 0, rows });
    i += shape.lead + shape.rows * shape.columns;
  }
  return out;
}

interface Shape { lead: number; columns: number; rows: number; score: number }

/**
 * The best grid at the start of a run of cells (a heading before it may be left out): the header row has no
 * numbers, the first body row fixes each column's kind, and rows are taken while they keep those kinds.
 */
function bestShape(texts: string[]): Shape | undefined {
  let best: Shape | undefined;
  for (let lead = 0; lead <= MAX_LEAD; lead++) {
    for (let columns = 2; columns <= MAX_COLUMNS; columns++) {
      const cells = texts.slice(lead);
      if (cells.length < columns * 3) continue;
      const header = cells.slice(0, columns);
      if (header.some(isNumeric)) continue;
      const kinds = cells.slice(columns, 2 * columns).map(isNumeric);
      const numericColumns = kinds.filter(Boolean).length;
      if (numericColumns === 0) continue;
      let rows = 1;
      while ((rows + 1) * columns <= cells.length
        && cells.slice(rows * columns, (rows + 1) * columns).every((cell, c) => isNumeric(cell) === kinds[c])) rows++;
      if (rows < 3) continue;
      const score = numericColumns * 1000 + rows * columns - lead;
      if (!best || score > best.score) best = { lead, columns, rows, score };
    }
  }
  return best;
}

function isNumeric(text: string): boolean {
  return /^[-+−–~≈<>]?\s*[$€£¥]?\s*\d[\d,.:]*\s*(?:%|[kKMGTP]i?B?|ms|s|x|USD|EUR)?\b/.test(text.trim());
}
