// The reader's typography: the Markdown preview's font settings, overridden by techArticles.reader.*.
import * as vscode from 'vscode';
import type { ReaderTypography } from './protocol';

// The Markdown preview's own defaults, used when its extension is disabled and its settings are missing.
const DEFAULT_FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'Segoe WPC', 'Segoe UI', system-ui, 'Ubuntu', 'Droid Sans', sans-serif";
const DEFAULT_FONT_SIZE = 14;
const DEFAULT_LINE_HEIGHT = 1.6;

const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

export function readerTypography(): ReaderTypography {
  const markdown = vscode.workspace.getConfiguration('markdown.preview');
  const reader = vscode.workspace.getConfiguration('techArticles.reader');
  const pick = <T>(check: (v: unknown) => v is T, fallback: T, ...values: unknown[]): T =>
    (values.find(check) as T | undefined) ?? fallback;
  return {
    fontFamily: pick(nonEmpty, DEFAULT_FONT_FAMILY, reader.get('fontFamily'), markdown.get('fontFamily')),
    fontSize: Math.min(72, pick(positive, DEFAULT_FONT_SIZE, reader.get('fontSize'), markdown.get('fontSize'))),
    lineHeight: Math.min(4, pick(positive, DEFAULT_LINE_HEIGHT, markdown.get('lineHeight'))),
  };
}

export function affectsTypography(event: vscode.ConfigurationChangeEvent): boolean {
  return event.affectsConfiguration('techArticles.reader') || event.affectsConfiguration('markdown.preview');
}
