// Reads the reader commands' arguments: the contract's `{ url, … }` objects, a bare URL string, or the tree
// item a menu passes (which carries `url`, or an `article` / `codeBlock` with one). Pure.
import { CODE_LANGUAGES, type CodeLanguage } from '../core/model';

export interface OpenArticleArgs {
  url?: string;
  preview: boolean;
  toSide: boolean;
  highlight?: string;
  annotationId?: string;
  /** Scroll to this code block ("Show in Article" from the snippets picker). */
  codeIndex?: number;
}

export interface CodeBlockArgs {
  url?: string;
  index?: number;
  lang?: CodeLanguage;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const index = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

function urlOf(value: Json): string | undefined {
  return str(value.url) ?? (isObject(value.article) ? str(value.article.url) : undefined);
}

export function openArticleArgs(arg: unknown, toSide = false): OpenArticleArgs {
  if (typeof arg === 'string') return { url: arg || undefined, preview: false, toSide };
  if (!isObject(arg)) return { preview: false, toSide };
  const result: OpenArticleArgs = {
    url: urlOf(arg),
    preview: arg.preview === true,
    toSide: toSide || arg.toSide === true,
  };
  const highlight = str(arg.highlight);
  if (highlight) result.highlight = highlight;
  const annotationId = str(arg.annotationId);
  if (annotationId) result.annotationId = annotationId;
  const codeIndex = index(arg.codeIndex);
  if (codeIndex !== undefined) result.codeIndex = codeIndex;
  return result;
}

export function codeBlockArgs(arg: unknown): CodeBlockArgs {
  if (!isObject(arg)) return {};
  const block = isObject(arg.codeBlock) ? arg.codeBlock : isObject(arg.block) ? arg.block : undefined;
  const result: CodeBlockArgs = {};
  const url = urlOf(arg) ?? (block ? str(block.url) : undefined);
  if (url) result.url = url;
  const at = index(arg.index) ?? (block ? index(block.index) : undefined);
  if (at !== undefined) result.index = at;
  if (CODE_LANGUAGES.includes(arg.lang as CodeLanguage)) result.lang = arg.lang as CodeLanguage;
  return result;
}
