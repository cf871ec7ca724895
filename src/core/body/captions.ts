// Figure and table captions and image descriptions that survive the HTML → text rendering (English and
// Bulgarian: "Снимка: …", "Фиг. 2", "Източник: …").
export const CAPTION = /^(?:Fig(?:ure)?\.?\s*\d+|Diagram\s*\d+|Table\s*\d+|Code Block\s*\d+|Listing\s*\d+|Image\s+(?:\d+|of|shows|showing|with|depicting)|Screenshot\b|Photo\b|\(Photo\b|Source:|Credit:|(?:Снимка|Фиг(?:ура)?\.?\s*\d+|Илюстрация|Източник|Графика)(?!\p{L})|Таблица\s*\d+)/iu;

/** ASCII characters a caption can start with (any case); the regex, case-insensitive over Unicode, is run for
 * lines starting with one of these or with a non-ASCII character, so most lines skip it. */
const CAPTION_FIRST = (() => {
  const table = new Uint8Array(128);
  for (const c of 'FDTCLISPfdtclisp(') table[c.charCodeAt(0)] = 1;
  return table;
})();

export function isCaption(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first >= 128 || CAPTION_FIRST[first] === 1) && CAPTION.test(text);
}
