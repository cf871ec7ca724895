// Locates a search query in an article's reading text, for "open at the first match". Pure.

/** Escapes a string for literal use inside a regular expression. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function firstMatch(text: string, needle: string, from: number): { start: number; end: number } | undefined {
  const pattern = new RegExp(literal(needle), 'giu');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * The first place to show for `query`: the whole phrase if it occurs, otherwise its first word that does
 * (longer words first, they say more). Matches in the body (from `bodyStart`) win over the title.
 * Case-insensitive, Unicode-aware (Cyrillic too).
 */
export function findQuery(text: string, query: string, bodyStart = 0): { start: number; end: number } | undefined {
  const phrase = query.trim().replace(/\s+/g, ' ');
  if (!phrase) return undefined;
  const words = [...new Set(phrase.split(' ').filter(w => w.length > 1 || phrase.length === 1))]
    .sort((a, b) => b.length - a.length);
  for (const needle of [phrase, ...words]) {
    const found = firstMatch(text, needle, bodyStart) ?? firstMatch(text, needle, 0);
    if (found) return found;
  }
  return undefined;
}
