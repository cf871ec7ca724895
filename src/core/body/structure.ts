// placeholder
import type { BodyBlock } from '../model';
import type { CodeSpan } from './codeBlocks';
import type { BodyLine } from './lines';
export function buildBody(lines: readonly BodyLine[], spans: readonly CodeSpan[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let s = 0;
  for (let i = 0; i < lines.length; i++) {
    if (s < spans.length && spans[s].first === i) { out.push({ type: 'code', line: lines[i].index + 1, codeIndex: s }); i = spans[s].last; s++; continue; }
    if (!lines[i].blank) out.push({ type: 'paragraph', line: lines[i].index + 1, text: lines[i].text });
  }
  return out;
}
