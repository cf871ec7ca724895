// The natural language of an article from its letters: Cyrillic text is Bulgarian unless it uses letters
// Bulgarian lacks (ы, э, ё → Russian; і, ї, є → Ukrainian). Everything else is reported as English.

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * `naturalLanguageOf(title + '\n' + text)` without joining them: with no Cyrillic letter in either (most
 * articles) the answer is English at once.
 */
export function naturalLanguageOfParts(title: string, text: string): string {
  return !CYRILLIC.test(title) && !CYRILLIC.test(text) ? 'en' : naturalLanguageOf(`${title}\n${text}`);
}

export function naturalLanguageOf(text: string): string {
  let cyrillic = 0;
  let latin = 0;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  // Most text has no Cyrillic letter at all: one regular-expression scan says so without counting.
  if (!CYRILLIC.test(sample)) return 'en';
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  if (cyrillic > latin) {
    if (/[іїєґ]/i.test(sample)) return 'uk';
    if (/[ыэё]/i.test(sample)) return 'ru';
    return 'bg';
  }
  return 'en';
}
