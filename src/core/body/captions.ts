// Figure and table captions and image descriptions that survive the HTML → text rendering (English and
// Bulgarian: "Снимка: …", "Фиг. 2", "Източник: …").
export const CAPTION = /^(?:Fig(?:ure)?\.?\s*\d+|Diagram\s*\d+|Table\s*\d+|Code Block\s*\d+|Listing\s*\d+|Image\s+(?:\d+|of|shows|showing|with|depicting)|Screenshot\b|Photo\b|\(Photo\b|Source:|Credit:|(?:Снимка|Фиг(?:ура)?\.?\s*\d+|Илюстрация|Източник|Графика)(?!\p{L})|Таблица\s*\d+)/iu;

export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}
