// Turning an article's code block into text that lands right in the user's work: prompts and typographic damage
// removed, re-indented to the cursor, JSON pretty-printed, placeholders made into tab stops, a fitting file name.
// Pure functions, no `vscode` import: the snippets feature calls them with the editor's settings.
import type { CodeKind } from './model';
import { stripNotebookEscapes, stripPrompts } from './prompts';

/** What these helpers need of a code block (a `CodeBlock` fits). */
export interface CodeSource {
  code: string;
  lang: string;
  kind?: CodeKind;
}

/**
 * The code as it should be pasted or run: no-break and zero-width spaces made plain, curly quotes that delimit
 * strings straightened, trailing spaces and surrounding blank lines trimmed, and (except for program output)
 * shell/REPL prompts and the output between commands dropped.
 */
export function usableCode(block: CodeSource): string {
  let code = block.code
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u2060\ufeff]/g, '');
  code = code.split('\n').map(straightenQuotes).join('\n');
  if (block.lang !== 'markdown') code = code.replace(/[ \t]+$/gm, '');
  if (block.kind !== 'output') {
    code = stripPrompts(code);
    if (block.lang === 'shellscript') code = stripNotebookEscapes(code);
  }
  return trimBlankLines(code);
}

function trimBlankLines(code: string): string {
  return code.replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}

/**
 * Articles render `spark.sql("…")` as `spark.sql(“…”)`. Curly quotes are straightened where they sit in a
 * quote's place (not between two letters, so "don’t" keeps its apostrophe), and only on lines without straight
 * quotes of the same kind, where a curly one could be meant inside a string.
 */
function straightenQuotes(line: string): string {
  if (/[“”„]/.test(line) && !line.includes('"')) line = line.replace(/[“”„]/g, '"');
  if (/[‘’]/.test(line) && !line.includes("'")) {
    line = line.replace(/[‘’]/g, (quote, at: number) => {
      const before = line[at - 1] ?? ' ';
      const after = line[at + 1] ?? ' ';
      return /\p{L}/u.test(before) && /\p{L}/u.test(after) ? quote : "'";
    });
  }
  return line;
}

// ---------------------------------------------------------------------------------------------------------------
// Indentation

export interface IndentOptions {
  tabSize: number;
  insertSpaces: boolean;
}

/** The width in columns of the line's leading whitespace, tabs advancing to the next tab stop. */
function indentWidth(line: string, tabSize: number): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += tabSize - (width % tabSize);
    else break;
  }
  return width;
}

function renderIndent(width: number, options: IndentOptions): string {
  if (options.insertSpaces) return ' '.repeat(width);
  return '\t'.repeat(Math.floor(width / options.tabSize)) + ' '.repeat(width % options.tabSize);
}

/** The whitespace that starts `lineText`, but not past `column`: the indentation that the cursor sits in. */
export function indentAt(lineText: string, column: number): string {
  return /^[ \t]*/.exec(lineText.slice(0, column))![0];
}

/**
 * Re-indents code for insertion where the cursor's line is indented by `lineIndent`: the common indentation of
 * all non-blank lines is removed, the first line goes at the cursor (keeping its indentation relative to the
 * others), lines 2..n get `lineIndent` plus their relative indentation. Leading whitespace is written with the
 * editor's tabs or spaces, the way VS Code adjusts a multi-line snippet. Blank lines stay empty.
 */
export function reindent(code: string, lineIndent: string, options: IndentOptions, eol = '\n'): string {
  const lines = code.split('\n');
  const widths = lines.map(line => (line.trim() === '' ? undefined : indentWidth(line, options.tabSize)));
  const present = widths.filter((w): w is number => w !== undefined);
  const common = present.length ? Math.min(...present) : 0;
  const base = indentWidth(lineIndent, options.tabSize);
  return lines
    .map((line, i) => {
      const width = widths[i];
      if (width === undefined) return '';
      const text = line.replace(/^[ \t]*/, '');
      return renderIndent((i === 0 ? 0 : base) + width - common, options) + text;
    })
    .join(eol);
}

/** Removes the common indentation of all non-blank lines (the snippet form: VS Code indents it on insertion). */
export function dedent(code: string, options: IndentOptions): string {
  return reindent(code, '', options);
}

// ---------------------------------------------------------------------------------------------------------------
// JSON

/**
 * Pretty-prints JSON that parses, re-emitting its own tokens (so numbers keep their digits and duplicate keys
 * stay); anything else, including JSON with comments, comes back unchanged. Empty objects and arrays stay `{}`/`[]`.
 */
export function prettyJson(code: string, indentUnit = '  '): string {
  const text = code.trim();
  if (!/^[[{]/.test(text)) return code;
  try {
    JSON.parse(text);
  } catch {
    return code;
  }
  const tokens = text.match(/"(?:[^"\\]|\\.)*"|[{}[\],:]|[^\s{}[\],:"]+/g) ?? [];
  let out = '';
  let depth = 0;
  const newline = (): string => '\n' + indentUnit.repeat(depth);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    if (token === '{' || token === '[') {
      out += token;
      if (next === '}' || next === ']') return;
      depth++;
      out += newline();
    } else if (token === '}' || token === ']') {
      const previous = tokens[i - 1];
      if (previous !== '{' && previous !== '[') {
        depth--;
        out += newline();
      }
      out += token;
    } else if (token === ',') {
      out += ',' + newline();
    } else if (token === ':') {
      out += ': ';
    } else {
      out += token;
    }
  });
  return out;
}

/** The text an editor opened on the block shows: usable code, JSON pretty-printed, a final newline. */
export function codeForDocument(block: CodeSource, indentUnit = '  '): string {
  let code = usableCode(block);
  if (block.lang === 'json') code = prettyJson(code, indentUnit);
  return code + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders

/** A value in the code that the reader is meant to replace, e.g. `<your-bucket-name>` or `111122223333`. */
export interface PlaceholderSpan {
  start: number;
  end: number;
  text: string;
}

/** Languages in which `<name>` is far more likely a placeholder than markup or a generic type. */
const ANGLE_FRIENDLY = new Set(['sql', 'shellscript', 'powershell', 'json', 'yaml', 'hcl', 'toml', 'ini', 'dockerfile', 'graphql']);

const HTML_TAGS = new Set(
  ('a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark ' +
    'menu meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s ' +
    'samp script section select slot small source span strong style sub summary sup svg table tbody td template ' +
    'textarea tfoot th thead time title tr track u ul var video wbr').split(' '),
);

/** Words that announce themselves as placeholders. */
const MARKED_WORDS = [
  /(?<![\w-])YOUR[_-]?[A-Z0-9][A-Z0-9_-]*(?![\w-])/g, // YOUR_ACCOUNT_ID
  /(?<![\w-])[Yy]our(?:[-_]?[A-Z0-9][A-Za-z0-9]*|[-_][a-z0-9]+|[a-z0-9]{3,})(?:[-_][A-Za-z0-9]+)*(?![\w-])/g, // your-bucket, yourschema
  /(?<![\w-])(?:(?:REPLACE|CHANGE)[_-]?ME|(?:replace|change)[_-]?me|REPLACE_WITH[A-Z0-9_]*|[A-Z][A-Z0-9_]*_HERE)(?![\w-])/g,
  /(?<![\w.-])my-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])/g, // my-bucket; not my_table (an identifier) nor .my-class
  /(?<![\w-])[\w-]*(?:x{4,}|X{4,})[\w-]*(?![\w-])/g, // vpc-xxxxxxxx
];
const NOT_PLACEHOLDER_WORD = /^(?:yours|yourself|yourselves|your[-_]?own)$/i;

/** The documented example values of AWS docs and blogs: account IDs, KMS key IDs, bucket names, access keys. */
const EXAMPLE_VALUES = [
  /\b(?:(\d)\1{3}(\d)\2{3}(\d)\3{3}|123456789012|012345678901|210987654321)\b/g, // 111122223333
  /\b1234abcd-12ab-34cd-56ef-1234567890ab\b/g,
  /(?<![\w-])(?:amzn-s3-demo-[a-z0-9-]*[a-z0-9]|DOC-EXAMPLE-[A-Z0-9-]*[A-Z0-9])(?![\w-])/g,
  /\b(?=[A-Z0-9]{12,}\b)[A-Z0-9]*EXAMPLE[A-Z0-9]*\b/g, // AKIAIOSFODNN7EXAMPLE
];

/**
 * Finds the values meant to be replaced, conservatively (a false tab stop costs a Tab press; a missed one costs
 * nothing that plain insert doesn't). Recognised:
 * - `<<anything>>`, and `<description>` where it can't be markup or a type: not right after a word character,
 *   not followed by one, not a single capital (`<T>`), no closing `</name>` in the code, not an HTML tag name
 *   (outside SQL, shell, JSON, YAML and config languages), not in an `#include` line;
 * - words that announce it: `YOUR_…`, `your-…`/`your_…`/`yourschema`, `REPLACE_ME`, `REPLACE_WITH_…`, `…_HERE`,
 *   `my-…` (hyphenated only: `my_table` is an identifier), runs of `xxxx`;
 * - example values from AWS documentation: `111122223333`-style and `123456789012` account IDs, `amzn-s3-demo-…`,
 *   `DOC-EXAMPLE-…`, `…EXAMPLE…` keys; any 12-digit account ID inside an ARN;
 * - `${name}` in an IAM policy (real policy variables have a colon: `${aws:username}`).
 */
export function findPlaceholders(block: CodeSource, code = block.code): PlaceholderSpan[] {
  const found: PlaceholderSpan[] = [];
  const add = (start: number, text: string): void => {
    found.push({ start, end: start + text.length, text });
  };

  for (const m of code.matchAll(/<<(?=\S)[^<>\n]{1,80}(?<=\S)>>/g)) add(m.index, m[0]);

  for (const m of code.matchAll(/<([A-Za-z][\w .-]{0,60})>/g)) {
    const inner = m[1];
    const before = code[m.index - 1] ?? '';
    const after = code[m.index + m[0].length] ?? '';
    if (/[\w<]/.test(before) || /[\w(>]/.test(after) || inner.endsWith(' ')) continue;
    if (/^[A-Z]$/.test(inner)) continue;
    if (code.includes(`</${inner.split(' ')[0]}`)) continue;
    if (!ANGLE_FRIENDLY.has(block.lang) && HTML_TAGS.has(inner.split(' ')[0].toLowerCase())) continue;
    const lineStart = code.lastIndexOf('\n', m.index) + 1;
    if (/^\s*#\s*(?:include|import)\b/.test(code.slice(lineStart, m.index))) continue;
    add(m.index, m[0]);
  }

  for (const pattern of MARKED_WORDS) {
    for (const m of code.matchAll(pattern)) if (!NOT_PLACEHOLDER_WORD.test(m[0])) add(m.index, m[0]);
  }
  for (const pattern of EXAMPLE_VALUES) {
    for (const m of code.matchAll(pattern)) add(m.index, m[0]);
  }
  for (const m of code.matchAll(/\barn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/g)) {
    add(m.index + m[0].length - 13, m[1]);
  }
  if (block.kind === 'iam-policy') {
    for (const m of code.matchAll(/\$\{[A-Za-z][\w-]*\}/g)) add(m.index, m[0]);
  }

  // Outermost first: `<your-bucket-name>` wins over the `your-bucket-name` inside it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const spans: PlaceholderSpan[] = [];
  for (const span of found) {
    if (spans.length && span.start < spans[spans.length - 1].end) continue;
    spans.push(span);
  }
  return spans;
}

/** Escapes text for a snippet body: `$`, `}` and `\` would otherwise be read as snippet syntax. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, ch => '\\' + ch);
}

export interface SnippetText {
  /** The snippet body, for `new SnippetString(…)`. */
  snippet: string;
  /** The distinct placeholder values; tab stop n is `placeholders[n - 1]`. */
  placeholders: string[];
}

/**
 * Builds a snippet body in which every placeholder is a tab stop with its text as the default value (the same
 * value everywhere is one tab stop, so typing once fills all of them) and everything else is literal.
 */
export function toSnippet(code: string, spans: readonly PlaceholderSpan[]): SnippetText {
  const placeholders: string[] = [];
  let snippet = '';
  let at = 0;
  for (const span of spans) {
    let stop = placeholders.indexOf(span.text) + 1;
    if (stop === 0) stop = placeholders.push(span.text);
    snippet += escapeSnippetText(code.slice(at, span.start)) + `\${${stop}:${escapeSnippetText(span.text)}}`;
    at = span.end;
  }
  snippet += escapeSnippetText(code.slice(at));
  return { snippet, placeholders };
}

// ---------------------------------------------------------------------------------------------------------------
// File names

const EXTENSIONS: Record<string, string[]> = {
  sql: ['sql'], typescript: ['ts', 'tsx', 'mts', 'cts'], javascript: ['js', 'jsx', 'mjs', 'cjs'], python: ['py'],
  json: ['json'], yaml: ['yaml', 'yml'], shellscript: ['sh', 'bash', 'zsh'], powershell: ['ps1'], dockerfile: [],
  java: ['java'], go: ['go'], rust: ['rs'], c: ['c', 'h'], cpp: ['cpp', 'cc', 'hpp'], csharp: ['cs'], kotlin: ['kt', 'kts'],
  scala: ['scala'], ruby: ['rb'], php: ['php'], hcl: ['tf', 'hcl'], xml: ['xml'], html: ['html', 'htm'], css: ['css'],
  ini: ['ini', 'cfg', 'conf', 'properties'], toml: ['toml'], graphql: ['graphql', 'gql'], markdown: ['md'],
  diff: ['diff', 'patch'], plaintext: ['txt'],
};

const DEFAULT_NAMES: Record<string, string> = {
  sql: 'query.sql', typescript: 'index.ts', javascript: 'index.js', python: 'main.py', json: 'data.json',
  yaml: 'config.yaml', shellscript: 'script.sh', powershell: 'script.ps1', dockerfile: 'Dockerfile',
  java: 'Main.java', go: 'main.go', rust: 'main.rs', c: 'main.c', cpp: 'main.cpp', csharp: 'Program.cs',
  kotlin: 'Main.kt', scala: 'Main.scala', ruby: 'main.rb', php: 'index.php', hcl: 'main.tf', xml: 'config.xml',
  html: 'index.html', css: 'styles.css', ini: 'config.ini', toml: 'config.toml', graphql: 'schema.graphql',
  markdown: 'notes.md', diff: 'changes.diff', plaintext: 'snippet.txt',
};

/**
 * A name for "Save As…": the file the block names in a first-line comment (`// build-buddy.ts`) when its
 * extension fits the language, else one from what the code is (`policy.json`, `stack.ts`, `docker-compose.yaml`,
 * `query.sql`), else a plain default for the language.
 */
export function suggestFileName(block: CodeSource): string {
  const code = block.code;
  const lang = block.lang;
  const named = /^\s*(?:\/\/|#|--|;|\/\*|<!--)\s*(?:file(?:name)?:\s*)?((?:[\w.-]+\/)*([\w.-]+\.(\w+)))\s*(?:\*\/|-->)?\s*$/.exec(
    code.split('\n').find(line => line.trim() !== '') ?? '',
  );
  if (named && (EXTENSIONS[lang] ?? []).includes(named[3].toLowerCase())) return named[2];

  switch (lang) {
    case 'json':
      if (block.kind === 'iam-policy' || /"Statement"\s*:/.test(code)) {
        return /sts:AssumeRole/.test(code) && /"Principal"\s*:/.test(code) ? 'trust-policy.json' : 'policy.json';
      }
      if (/"compilerOptions"\s*:/.test(code)) return 'tsconfig.json';
      if (/"(?:dev)?[dD]ependencies"\s*:/.test(code) && /"name"\s*:/.test(code)) return 'package.json';
      if (/"AWSTemplateFormatVersion"|"Resources"\s*:/.test(code)) return 'template.json';
      return DEFAULT_NAMES.json;
    case 'typescript':
    case 'javascript': {
      const ext = EXTENSIONS[lang][0];
      if (block.kind === 'cdk' || /\bextends\s+(?:cdk\.)?Stack\b/.test(code)) return `stack.${ext}`;
      return DEFAULT_NAMES[lang];
    }
    case 'python':
      if (block.kind === 'cdk' || /\(\s*(?:cdk\.)?Stack\s*\)/.test(code)) return 'stack.py';
      return DEFAULT_NAMES.python;
    case 'yaml':
      if (/^AWSTemplateFormatVersion:|^Resources:/m.test(code)) return 'template.yaml';
      if (/^services:/m.test(code)) return 'docker-compose.yaml';
      if (/^phases:/m.test(code)) return 'buildspec.yml';
      if (/^apiVersion:/m.test(code) && /^kind:/m.test(code)) return 'manifest.yaml';
      if (/^on:/m.test(code) && /^jobs:/m.test(code)) return 'workflow.yml';
      return DEFAULT_NAMES.yaml;
    case 'toml':
      if (/^\[(?:project|tool\.|build-system)/m.test(code)) return 'pyproject.toml';
      if (/^\[package\]/m.test(code) && /^\[dependencies\]/m.test(code)) return 'Cargo.toml';
      return DEFAULT_NAMES.toml;
    case 'shellscript':
      return block.kind === 'command' ? 'commands.sh' : DEFAULT_NAMES.shellscript;
    case 'java': {
      const type = /\bpublic\s+(?:final\s+|abstract\s+)*(?:class|interface|enum|record)\s+([A-Z]\w*)/.exec(code);
      return type ? `${type[1]}.java` : DEFAULT_NAMES.java;
    }
    case 'xml':
      return /<project\b/.test(code) && /<groupId>/.test(code) ? 'pom.xml' : DEFAULT_NAMES.xml;
    case 'graphql':
      return /^\s*(?:query|mutation|subscription)\b/.test(code) ? 'query.graphql' : DEFAULT_NAMES.graphql;
    case 'plaintext':
      return block.kind === 'output' ? 'output.txt' : DEFAULT_NAMES.plaintext;
    default:
      return DEFAULT_NAMES[lang] ?? DEFAULT_NAMES.plaintext;
  }
}

/** `policy.json` → `policy-2.json` (the n-th name tried when the first is taken). */
export function numberedFileName(name: string, n: number): string {
  if (n <= 1) return name;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `${name.slice(0, dot)}-${n}${name.slice(dot)}` : `${name}-${n}`;
}
