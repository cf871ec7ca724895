// PLACEHOLDER — replaced by the search issue.
export async function runSearch(_args: string[]): Promise<number> {
  process.stderr.write('tech-articles search: not implemented yet\n');
  return 2;
}
