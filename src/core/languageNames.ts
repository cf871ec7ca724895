// Display names of the code languages the parser assigns (the vocabulary of model.ts), for every view.
import type { CodeLanguage } from './model';

export const LANGUAGE_NAMES: Readonly<Record<CodeLanguage, string>> = {
  sql: 'SQL', typescript: 'TypeScript', javascript: 'JavaScript', python: 'Python', json: 'JSON', yaml: 'YAML',
  shellscript: 'Shell', powershell: 'PowerShell', dockerfile: 'Dockerfile', java: 'Java', go: 'Go', rust: 'Rust',
  c: 'C', cpp: 'C++', csharp: 'C#', kotlin: 'Kotlin', scala: 'Scala', ruby: 'Ruby', php: 'PHP', hcl: 'HCL',
  xml: 'XML', html: 'HTML', css: 'CSS', ini: 'INI', toml: 'TOML', graphql: 'GraphQL', markdown: 'Markdown',
  diff: 'Diff', plaintext: 'Plain Text',
};

/** The display name of a language id; an id outside the vocabulary (an old override) is shown as it is. */
export function languageName(lang: string): string {
  return (LANGUAGE_NAMES as Readonly<Record<string, string>>)[lang] ?? lang;
}
