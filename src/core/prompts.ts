// Shell prompts at the start of command lines in articles ("$ ls", "~ % aws s3 ls", "PS C:\> Get-Item").
// The parser records that a block has them; insert, copy and open drop them.

/** A prompt at line start. `# ` is not one: in articles it starts comments far more often than root prompts. */
const PROMPT = /^(\s*)(?:(?:\([\w.-]+\)\s*)?\$|~\s*%|[\w.-]+@[\w.-]+(?::[^\s$#%]*)?[$#%]|PS(?: [^>\n]*)?>|>>>|In \[\d+\]:)\s(?=\S)/;

export function promptOf(line: string): string | undefined {
  const match = PROMPT.exec(line);
  return match ? match[0].slice(match[1].length) : undefined;
}

export function hasPrompts(code: string): boolean {
  return code.split('\n').some(line => promptOf(line) !== undefined);
}

/**
 * Drops prompts; when some lines have a prompt and others don't, the prompt-less lines are the commands'
 * output and are dropped too, so what remains can be run.
 */
export function stripPrompts(code: string): string {
  const lines = code.split('\n');
  const prompted = lines.map(line => promptOf(line) !== undefined);
  if (!prompted.some(Boolean)) return code;
  const kept: string[] = [];
  lines.forEach((line, i) => {
    if (prompted[i]) {
      const match = PROMPT.exec(line)!;
      kept.push(match[1] + line.slice(match[0].length));
    } else if (i > 0 && kept.length > 0 && /\\\s*$/.test(lines[i - 1])) {
      kept.push(line); // continuation of a command split with a trailing backslash
    }
  });
  return kept.join('\n');
}
