// Notes are written in Markdown ("Note on … (Markdown)"); the reader's popup shows a small part of it:
// `code`, **strong** (or __strong__) and *emphasis* (or _emphasis_), with line breaks kept. Everything else
// stays as typed. The result is a list of pieces, never HTML: the webview builds elements and sets their
// text, so nothing in a note can become markup. Pure (no DOM, no `vscode`): unit-tested in Node.

export type NotePiece =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong' | 'em'; pieces: NotePiece[] };

// Code spans first (their content is literal), then strong, then emphasis. Markers must hug their text
// (`** x **` is not bold), and `_` only counts at word edges (snake_case stays as it is).
const INLINE = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)|\*\*(?=\S)([\s\S]*?\S)\*\*|(?<![\w])__(?=\S)([\s\S]*?\S)__(?![\w])|\*(?=[^\s*])([\s\S]*?[^\s*])\*|(?<![\w])_(?=[^\s_])([\s\S]*?[^\s_])_(?![\w])/g;

export function parseNote(note: string): NotePiece[] {
  const pieces: NotePiece[] = [];
  let at = 0;
  const text = (until: number) => {
    if (until > at) pieces.push({ kind: 'text', text: note.slice(at, until) });
  };
  for (const match of note.matchAll(INLINE)) {
    const start = match.index;
    text(start);
    const [whole, , code, strong, strongUnderscore, em, emUnderscore] = match;
    if (code !== undefined) pieces.push({ kind: 'code', text: code });
    else if (strong !== undefined || strongUnderscore !== undefined) pieces.push({ kind: 'strong', pieces: parseNote(strong ?? strongUnderscore) });
    else pieces.push({ kind: 'em', pieces: parseNote(em ?? emUnderscore) });
    at = start + whole.length;
  }
  text(note.length);
  return pieces;
}

/** The note as plain text, without the markers drawn as formatting (for tooltips and screen readers). */
export function plainNote(note: string): string {
  const flatten = (pieces: NotePiece[]): string =>
    pieces.map(piece => ('pieces' in piece ? flatten(piece.pieces) : piece.text)).join('');
  return flatten(parseNote(note));
}
