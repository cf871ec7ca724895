// `tech-articles parse|search …`: the same core as the extension, for scripts, benchmarks and scoring.
import { runParse } from './cli/parse';
import { runSearch } from './cli/search';

const USAGE = `usage:
  tech-articles parse FILE... [--json]
  tech-articles search "QUERY" FILE... [--json] [--limit N]
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'parse':
      return runParse(rest);
    case 'search':
      return runSearch(rest);
    default:
      process.stderr.write(USAGE);
      return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  }
}

// Output piped into a reader that stops early (`| head`): stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  code => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`tech-articles: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
