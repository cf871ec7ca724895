// The one place the library calls the core parser, so the parser's entry can change in one spot.
import type { ParsedFile } from '../core/model';
import { parseText } from '../core/parse';

export interface ParseSettings {
  /** `techArticles.topics`: topic name → keywords or URL fragments. */
  topics: Record<string, string[]>;
}

export function parseDump(text: string, file: string, settings: ParseSettings): ParsedFile {
  return parseText(text, file, { topics: settings.topics });
}

/** One article per URL across files (core's rule: the first file read wins, tags and topics are merged). */
export { mergeArticles } from '../core/merge';
