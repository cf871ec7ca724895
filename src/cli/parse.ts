// PLACEHOLDER — replaced by the parse issue.
export async function runParse(_args: string[]): Promise<number> {
  process.stderr.write('tech-articles parse: not implemented yet\n');
  return 2;
}
