// "Nikos Tragaras, Raphaël Afanyan", "A and B", "A, B, and C" → one name each. Commas or "and" inside
// parentheses or quotes belong to the name ("Channy Yun (윤석찬)", 'Michael "Monty" Widenius').

export function splitAuthors(author: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  const flush = (): void => {
    const name = current.trim().replace(/^(?:and|&)\s+/i, '').trim();
    if (name) parts.push(name);
    current = '';
  };
  for (let i = 0; i < author.length; i++) {
    const c = author[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '"' || c === '“' || c === '”') inQuote = c === '“' ? true : c === '”' ? false : !inQuote;
    const free = depth === 0 && !inQuote;
    if (free && (c === ',' || c === ';')) {
      flush();
      continue;
    }
    if (free && /\s/.test(c)) {
      const rest = author.slice(i + 1);
      const conj = /^(and|&)\s+/i.exec(rest);
      if (conj) {
        flush();
        i += conj[0].length;
        continue;
      }
    }
    current += c;
  }
  flush();
  return parts.length > 0 ? parts : [author.trim()].filter(Boolean);
}
