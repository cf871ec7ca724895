// General rules added for what blind held-out set 97 (The Cloudflare Blog) missed at first sight. Each rule is checked on
// text of its own (not the set's) and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { filterExpression } from '../../src/core/language';
import { blocks, lang } from './ruleSamples';

describe('held-out 97 rules', () => {
  it('finds a PowerShell cmdlet of any approved verb given parameters, and names it PowerShell', () => {
    assert.deepEqual(blocks(['On Windows:', '', 'Clear-DnsClientCache -Verbose', '', 'Then try again.']), [[3, 3, 'powershell']]);
    assert.deepEqual(blocks(['Resolve the name first.', '', 'Resolve-DnsName -Name api.example.org -Type AAAA -Server 1.0.0.1', '', 'It answers.']), [[3, 3, 'powershell']]);
    // A hyphenated word that starts a sentence is prose.
    assert.deepEqual(blocks(['Read-only replicas answer most queries, and the primary takes every write that arrives.']), []);
  });

  it('reads DuckDB\'s INSTALL and LOAD statements as SQL', () => {
    assert.equal(lang(['INSTALL httpfs;', 'LOAD httpfs;', '', 'CREATE TABLE hits AS SELECT * FROM read_parquet(\'s3://logs/*.parquet\');']), 'sql');
  });

  it('reads commands of cloudflared and wrangler as shell, however plain their arguments', () => {
    assert.equal(lang(['cloudflared tunnel login', 'cloudflared tunnel create lab']), 'shellscript');
    assert.equal(lang(['wrangler whoami', 'wrangler kv namespace list']), 'shellscript');
  });

  it('takes a bare field for a flag between the comparisons of a filter expression', () => {
    assert.ok(filterExpression('(http.request.method eq "POST" and not cf.client.bot)'));
    assert.ok(filterExpression('cf.tls.verified and http.host eq "example.org"'));
    // Fields alone, with no comparison, are no expression ("see cf.client.bot and http.host").
    assert.ok(!filterExpression('cf.client.bot and http.host'));
  });

  it('finds what tcpdump printed: its banner, its packets and its counts', () => {
    const found = blocks(['The first packets:', '', 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode', 'listening on ens5, link-type EN10MB (Ethernet), snapshot length 262144 bytes',
      '10:01:02.000101 IP 10.1.2.3.40000 > 198.51.100.4.443: Flags [S], seq 100, win 64240, length 0', '10:01:02.008800 IP 198.51.100.4.443 > 10.1.2.3.40000: Flags [S.], seq 200, ack 101, win 65535, length 0',
      '2 packets captured', '2 packets received by filter', '0 packets dropped by kernel', '', 'The handshake took 8.7 ms.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 9]], JSON.stringify(found));
  });

  it('keeps a test runner\'s summary after a blank line with the results above it', () => {
    const found = blocks(['Run the tests:', '', ' ✓ test/cache.spec.ts (2 tests) 120ms', '   ✓ cache > stores a value', '   ✓ cache > expires a value', '', ' Test Files  1 passed (1)', '      Tests  2 passed (2)', '   Duration  0.91s', '', 'Both pass.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 9]], JSON.stringify(found));
  });

  it('finds what `wrangler tail` printed: event lines and their console lines', () => {
    const found = blocks(['With the tail running, events arrived at once:', '', 'POST https://api.example.org/orders - Ok @ 4/2/2025, 9:15:01 AM', '  (log) stored order 7781',
      'POST https://api.example.org/orders - Exception Thrown @ 4/2/2025, 9:15:04 AM', '  (error) database is locked', '', 'The second one was retried.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 6]], JSON.stringify(found));
  });
});
