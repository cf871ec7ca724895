// Syntax highlighting of the reader's code blocks with highlight.js: only the grammars of the parser's
// language vocabulary are bundled, and blocks are highlighted when they come near the viewport, so a long
// article draws at once. highlight.js escapes the code it returns: its output is safe markup (spans only).
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import cpp from 'highlight.js/lib/languages/cpp';
import csharp from 'highlight.js/lib/languages/csharp';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import go from 'highlight.js/lib/languages/go';
import graphql from 'highlight.js/lib/languages/graphql';
import ini from 'highlight.js/lib/languages/ini';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import kotlin from 'highlight.js/lib/languages/kotlin';
import markdown from 'highlight.js/lib/languages/markdown';
import php from 'highlight.js/lib/languages/php';
import powershell from 'highlight.js/lib/languages/powershell';
import python from 'highlight.js/lib/languages/python';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import scala from 'highlight.js/lib/languages/scala';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import type { CodeLanguage } from '../../../src/core/model';

const GRAMMARS = { bash, c, cpp, csharp, css, diff, dockerfile, go, graphql, ini, java, javascript, json, kotlin, markdown, php, powershell, python, ruby, rust, scala, sql, typescript, xml, yaml };
for (const [name, grammar] of Object.entries(GRAMMARS)) hljs.registerLanguage(name, grammar);

/** The grammar for each language id; plain text, output and HCL (no grammar bundled) stay unhighlighted. */
const GRAMMAR_OF: Partial<Record<CodeLanguage, keyof typeof GRAMMARS>> = {
  sql: 'sql', typescript: 'typescript', javascript: 'javascript', python: 'python', json: 'json', yaml: 'yaml',
  shellscript: 'bash', powershell: 'powershell', dockerfile: 'dockerfile', java: 'java', go: 'go', rust: 'rust',
  c: 'c', cpp: 'cpp', csharp: 'csharp', kotlin: 'kotlin', scala: 'scala', ruby: 'ruby', php: 'php', xml: 'xml',
  html: 'xml', css: 'css', ini: 'ini', toml: 'ini', graphql: 'graphql', markdown: 'markdown', diff: 'diff',
};

/** Highlights one `<code>` element in place; returns false when its language has no grammar. */
export function highlightCode(code: HTMLElement, lang: string): boolean {
  const grammar = GRAMMAR_OF[lang as CodeLanguage];
  if (!grammar) return false;
  const result = hljs.highlight(code.textContent ?? '', { language: grammar, ignoreIllegals: true });
  code.innerHTML = result.value;
  code.classList.add('hljs');
  return true;
}

/**
 * Highlights code blocks as they approach the viewport. `onHighlighted` runs after a block changed, so
 * annotation marks inside it can be drawn again.
 */
export class LazyHighlighter {
  private observer: IntersectionObserver | undefined;

  constructor(private readonly onHighlighted: (code: HTMLElement) => void) {}

  observe(root: HTMLElement): void {
    this.disconnect();
    this.observer = new IntersectionObserver(entries => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        this.observer?.unobserve(entry.target);
        this.highlightNow(entry.target as HTMLElement);
      }
    }, { rootMargin: '1500px 0px' });
    for (const figure of root.querySelectorAll<HTMLElement>('figure.code-block')) this.observer.observe(figure);
  }

  /** Highlights a block immediately (e.g. before revealing something inside it). */
  highlightNow(figure: HTMLElement): void {
    const code = figure.querySelector<HTMLElement>('code');
    if (!code || code.classList.contains('hljs') || code.dataset.plain) return;
    this.observer?.unobserve(figure);
    if (highlightCode(code, figure.dataset.lang ?? '')) this.onHighlighted(code);
    else code.dataset.plain = 'true';
  }

  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
