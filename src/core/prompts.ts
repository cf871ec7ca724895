// Shell and REPL prompts at the start of command lines in articles ("$ ls", "~ % aws s3 ls", "PS C:\> dir",
// ">>> print(x)", "postgres=> SELECT 1;"). The parser records that a block has them; insert, copy and open drop
// them, together with the output the session printed, so that what remains can be run.

/** The prompts of a key-value store's and a document database's shells: `127.0.0.1:6379>` (redis-cli, valkey-cli),
 * `rs0 [direct: primary] shop>` (mongosh). A session in them shows the store's answers. */
const KEY_VALUE_SHELL = '[\\w.-]+:\\d{2,5}>';
const DOCUMENT_SHELL = '[\\w-]+ \\[(?:direct|primary|secondary): [\\w-]+\\] [\\w-]+>';
const STORE_SHELL = new RegExp(`^(?:(${KEY_VALUE_SHELL})|${DOCUMENT_SHELL}) \\S`);

/** Which store's shell a line is typed in: 'key-value' (redis-cli), 'document' (mongosh), or undefined. */
export function storeShellOf(line: string): 'key-value' | 'document' | undefined {
  const match = STORE_SHELL.exec(line);
  return match ? (match[1] !== undefined ? 'key-value' : 'document') : undefined;
}

/**
 * A primary prompt at line start, followed by a space and the command. `# ` alone is not one: in articles it
 * starts comments far more often than root prompts.
 */
const PROMPT = new RegExp(
  '^(\\s*)(?:' +
    [
      '(?:\\([\\w.-]+\\)\\s*)?\\$', // $ ls, (venv) $ pip install
      '~\\s*%', // zsh: ~ % ls
      '\\[?[\\w.-]+@[\\w.-]+(?::[^\\s$#%]* ?| [^\\]\\n]*\\])?[$#%]', // me@host:~/dir$, pi@raspberrypi:~ $, [ec2-user@ip-10 ~]$
      'PS(?: [^>\\n]*)?>', // PS C:\> Get-Item
      '[A-Z]:\\\\[^>\\n]*>', // C:\Users\me> dir
      '>>>', // Python REPL
      'In \\[\\d+\\]:', // IPython
      '[A-Za-z_][\\w-]*=[#>]', // psql: dbname=> / dbname=#
      'mysql>',
      'sqlite>',
      '(?:trino|presto)(?::[\\w.]+)?>', // trino:ml_logs> SELECT …
      'MariaDB \\[[^\\]\\n]*\\]>',
      KEY_VALUE_SHELL,
      DOCUMENT_SHELL,
    ].join('|') +
    ')\\s(?=\\S)',
);

type PromptStyle = 'shell' | 'python' | 'ipython' | 'psql' | 'mysql';

/** Continuation prompts, recognised only on the lines right after a prompted line of the same style. */
const CONTINUATION: Record<PromptStyle, RegExp> = {
  shell: /^(\s*)>(?:\s|$)/,
  python: /^(\s*)\.\.\.(?: |$)/,
  ipython: /^()\s*\.\.\.:(?: |$)/, // its indentation aligns the prompt, it isn't the code's
  psql: /^(\s*)[A-Za-z_][\w-]*[-('"][#>](?:\s|$)/,
  mysql: /^()\s*->(?:\s|$)/,
};

function styleOf(prompt: string): PromptStyle {
  if (prompt.startsWith('>>>')) return 'python';
  if (prompt.startsWith('In [')) return 'ipython';
  if (/^(?:mysql|sqlite|MariaDB|trino|presto)/.test(prompt)) return 'mysql';
  if (/^[A-Za-z_][\w-]*=[#>]/.test(prompt)) return 'psql';
  return 'shell';
}

/** cmd.exe shows its prompt with the command right after it: `C:\>dir`, `C:\build>make.exe /all`. */
const CMD_PROMPT = /^(\s*)[A-Z]:\\[^>\n]*>(?=[A-Za-z"])/;

/** The prompt at line start: [0] with the indentation before it, [1] the indentation. */
function promptMatch(line: string): RegExpExecArray | null {
  return PROMPT.exec(line) ?? (line.includes(':\\') ? CMD_PROMPT.exec(line) : null);
}

/** The prompt that starts the line (with its trailing space, without the indentation before it), if any. */
export function promptOf(line: string): string | undefined {
  const match = promptMatch(line);
  return match ? match[0].slice(match[1].length) : undefined;
}

/** Every prompt holds one of these (the character before its space, or IPython's "In ["): code without any has none. */
const PROMPT_CHARACTER = /[$%#>]|In \[/;

export function hasPrompts(code: string): boolean {
  return PROMPT_CHARACTER.test(code) && code.split('\n').some(line => promptOf(line) !== undefined);
}

/**
 * Drops prompts. When some lines have a prompt and others don't, the prompt-less lines are the session's output
 * and are dropped too, except where they continue a command: continuation prompts (`...`, `->`), a trailing
 * backslash (or PowerShell backtick), an open quote, a here-document, or an SQL statement without its `;`.
 */
export function stripPrompts(code: string): string {
  const lines = code.split('\n');
  if (!lines.some(line => promptMatch(line) !== null)) return code;

  const kept: (string | undefined)[] = lines.map(() => undefined);
  let style: PromptStyle | undefined; // the style of the command being continued, if any
  let pending: Continuation | undefined;
  lines.forEach((line, i) => {
    const prompt = promptMatch(line);
    if (prompt) {
      style = styleOf(prompt[0].slice(prompt[1].length));
      const command = prompt[1] + line.slice(prompt[0].length);
      kept[i] = command;
      pending = continuationAfter(command, style, undefined);
      return;
    }
    const continued = style ? CONTINUATION[style].exec(line) : null;
    if (continued) {
      const rest = line.slice(continued[0].length);
      kept[i] = continued[1] + rest;
      pending = continuationAfter(rest, style!, pending);
      return;
    }
    if (pending && !(pending.kind === 'sql' && line.trim() === '')) {
      kept[i] = line;
      pending = continuationAfter(line, style!, pending);
      return;
    }
    if (line.trim() !== '') style = undefined; // output ends the command
    pending = undefined;
  });
  return joinKept(lines, kept);
}

/** Keeps the kept lines; a blank line survives only between two kept lines with nothing dropped between. */
function joinKept(lines: string[], kept: (string | undefined)[]): string {
  const out: string[] = [];
  let lastKept = -1;
  lines.forEach((_line, i) => {
    if (kept[i] === undefined) return;
    const blankBetween = lastKept >= 0 && i > lastKept + 1 && lines.slice(lastKept + 1, i).every(l => l.trim() === '');
    if (blankBetween && out[out.length - 1].trim() !== '') out.push('');
    out.push(kept[i]!);
    lastKept = i;
  });
  return out.join('\n');
}

interface Continuation {
  kind: 'line' | 'quote' | 'heredoc' | 'sql';
  /** The open quote character, or the here-document's delimiter. */
  until?: string;
}

/** Whether the command goes on after `text` (a command line, or a line already inside the command). */
function continuationAfter(text: string, style: PromptStyle, open: Continuation | undefined): Continuation | undefined {
  if (open?.kind === 'heredoc') {
    return text.replace(/^\t+/, '').trimEnd() === open.until ? undefined : open;
  }
  if (style === 'psql' || style === 'mysql') {
    const trimmed = text.trim();
    if (!open && trimmed.startsWith('\\')) return undefined; // psql meta-command: one line
    return /;\s*(?:--.*)?$/.test(trimmed) ? undefined : { kind: 'sql' };
  }
  if (style !== 'shell') return undefined; // Python sessions mark their continuations with "..."
  const quote = openQuoteAfter(text, open?.kind === 'quote' ? open.until : undefined);
  if (quote) return { kind: 'quote', until: quote };
  const heredoc = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(text);
  if (heredoc) return { kind: 'heredoc', until: heredoc[2] };
  return /(?:\\|`)\s*$/.test(text) ? { kind: 'line' } : undefined;
}

/** The quote left open at the end of a shell line (given the one open at its start), if any. */
function openQuoteAfter(text: string, openAtStart: string | undefined): string | undefined {
  let quote = openAtStart;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
    } else if (quote === '"') {
      if (ch === '\\') i++;
      else if (ch === '"') quote = undefined;
    } else if (ch === '\\') {
      i++;
    } else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      break; // a comment: quotes after it don't count
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    }
  }
  return quote;
}

/**
 * Notebook shell escapes (`!pip install x`, `%pip install x`): in a shell block where every command line has
 * one, they are dropped so the block runs in a shell.
 */
export function stripNotebookEscapes(code: string): string {
  const lines = code.split('\n');
  const commands = lines.filter(line => line.trim() !== '' && !line.trim().startsWith('#'));
  if (commands.length === 0 || !commands.every(line => /^\s*[!%][A-Za-z]/.test(line))) return code;
  return lines.map(line => line.replace(/^(\s*)[!%](?=[A-Za-z])/, '$1')).join('\n');
}
