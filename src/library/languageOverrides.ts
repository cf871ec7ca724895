// Code block languages the user corrected, kept in global state so they survive reloads and re-parses.
import type * as vscode from 'vscode';
import type { Article, CodeLanguage } from '../core/model';

const LANGUAGE_OVERRIDES_KEY = 'techArticles.languageOverrides';

/** Language by `<article url>#<code block index>`. */
export type LanguageOverrides = Record<string, CodeLanguage>;

function overrideKey(url: string, index: number): string {
  return `${url}#${index}`;
}

export function storedOverrides(state: vscode.Memento): LanguageOverrides {
  return state.get<LanguageOverrides>(LANGUAGE_OVERRIDES_KEY) ?? {};
}

export function storeOverride(state: vscode.Memento, url: string, index: number, lang: CodeLanguage): Thenable<void> {
  return state.update(LANGUAGE_OVERRIDES_KEY, { ...storedOverrides(state), [overrideKey(url, index)]: lang });
}

/** Freshly parsed posts carry the detected languages: put the user's corrections back. */
export function applyOverrides(posts: readonly Article[], overrides: LanguageOverrides): void {
  if (Object.keys(overrides).length === 0) return;
  for (const post of posts) {
    post.codeBlocks = post.codeBlocks.map(block => {
      const lang = overrides[overrideKey(post.url, block.index)];
      return lang ? { ...block, lang } : block;
    });
  }
}
