// PLACEHOLDER — `tech-articles parse|search`, replaced by issues 3 and 8.
process.stdout.write('usage: tech-articles parse FILE... [--json] | search "QUERY" FILE... [--json] [--limit N]\n');
