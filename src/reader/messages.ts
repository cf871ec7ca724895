// Checks what the webview posts before the host acts on it. The webview renders untrusted text, so its
// messages are treated as input: wrong shapes are dropped, never half-trusted. Pure: unit-tested in Node.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/model';
import type { SelectionAnchor, WebviewMessage } from './protocol';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isString = (value: unknown, max = 100_000): value is string => typeof value === 'string' && value.length <= max;
const isColor = (value: unknown): value is HighlightColor => HIGHLIGHT_COLORS.includes(value as HighlightColor);

function anchorOf(value: unknown): SelectionAnchor | undefined {
  if (!isObject(value)) return undefined;
  const { quote, prefix, suffix, start, end, codeIndex } = value;
  if (!isString(quote) || !isString(prefix, 1000) || !isString(suffix, 1000)) return undefined;
  if (!isIndex(start) || !isIndex(end) || end <= start) return undefined;
  if (codeIndex !== undefined && !isIndex(codeIndex)) return undefined;
  const anchor: SelectionAnchor = { quote, prefix, suffix, start, end };
  if (codeIndex !== undefined) anchor.codeIndex = codeIndex;
  return anchor;
}

/** The message when it is well formed, otherwise undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isObject(value) || typeof value.type !== 'string') return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return isIndex(value.renderId) && typeof value.drawMs === 'number' && typeof value.frameMs === 'number'
        ? { type: 'rendered', renderId: value.renderId, drawMs: value.drawMs, frameMs: value.frameMs }
        : undefined;
    case 'copyCode':
    case 'insertCode':
    case 'openCode':
    case 'setLanguage':
      return isIndex(value.index) ? { type: value.type, index: value.index } : undefined;
    case 'openLink':
      return isString(value.href, 8192) ? { type: 'openLink', href: value.href } : undefined;
    case 'annotate': {
      const anchor = anchorOf(value.anchor);
      return anchor && isColor(value.color) && typeof value.withNote === 'boolean'
        ? { type: 'annotate', anchor, color: value.color, withNote: value.withNote }
        : undefined;
    }
    case 'editNote':
    case 'removeAnnotation':
      return isString(value.id, 200) ? { type: value.type, id: value.id } : undefined;
    case 'recolor':
      return isString(value.id, 200) && isColor(value.color) ? { type: 'recolor', id: value.id, color: value.color } : undefined;
    default:
      return undefined;
  }
}
