// Where the seed corpus and its hand labels live for parser tests: $TECH_ARTICLES_SEED_DIR, else the shared
// folder next to the repository. Tests that need it skip (and say why) when it is absent.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode } from '../../src/core/decode';
import type { ParsedFile } from '../../src/core/model';
import { parseText } from '../../src/core/parse';

export const CORPUS_DIR = process.env.TECH_ARTICLES_SEED_DIR ?? path.resolve(__dirname, '../../../../shared/corpus');
export const TRUTH_DIR = path.join(CORPUS_DIR, 'truth');

export interface TruthBlock { startLine: number; endLine: number; lang: string; kind: string | null }
export interface TruthPost {
  title: string; author: string; url: string; titleLine: number; syndicatedLine: number;
  bodyStartLine: number; bodyEndLine: number; language: string; codeBlocks: TruthBlock[];
}
export interface TruthFile { file: string; preamble: string | null; posts: TruthPost[] }

export function corpusAvailable(): boolean {
  return fs.existsSync(TRUTH_DIR);
}

export function corpusFiles(): string[] {
  return fs.readdirSync(CORPUS_DIR).filter(f => f.endsWith('.txt')).sort();
}

const cache = new Map<string, ParsedFile>();

/** Parses a seed file (once per test run) the way the CLI does: bytes → decode → parseText. */
export function parsedSeed(name: string): ParsedFile {
  let parsed = cache.get(name);
  if (!parsed) {
    const decoded = decode(fs.readFileSync(path.join(CORPUS_DIR, name)));
    if ('error' in decoded) throw new Error(decoded.error);
    parsed = parseText(decoded.text, name);
    cache.set(name, parsed);
  }
  return parsed;
}

export function truthOf(name: string): TruthFile {
  return JSON.parse(fs.readFileSync(path.join(TRUTH_DIR, `${name}.json`), 'utf8')) as TruthFile;
}

export function seedText(name: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8');
}
