// General rules added for what the blind held-out sets 72–76 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, guess, lang, post, rowNames } from './ruleSamples';

describe('held-out 72–76 rules: code blocks', () => {
  it('starts a new box at a `#!` line after a blank line: a script shown after its configuration file', () => {
    assert.deepEqual(blocks([
      'The image definition and its post-install script:',
      '',
      '[Image]',
      'Name=kiosk',
      'Format=disk',
      '',
      '#!/bin/sh',
      'set -eu',
      'systemctl --root="$ROOT" enable kiosk.service',
      '',
      'The script runs inside the image.',
    ]).map(([first, last]) => [first, last]), [[3, 5], [7, 9]]);
    // A `#` comment after a blank line stays in the script it belongs to.
    assert.deepEqual(blocks(['Save it as run.sh:', '', '#!/bin/sh', 'set -eu', '', '# then start', 'exec ./serve', '', 'Make it executable.'])
      .map(([first, last]) => [first, last]), [[3, 7]]);
  });

  it('takes a unified diff to its last change or context line, however those read, and no further', () => {
    assert.deepEqual(blocks([
      'The patch documents the knob:',
      '',
      '--- a/Documentation/knobs.rst',
      '+++ b/Documentation/knobs.rst',
      '@@ -10,3 +10,8 @@ cache-limit',
      ' The cache grows as needed.',
      ' ',
      '+cache-cap',
      '+---------',
      '+',
      '+The default, 100, imposes no limit at all.',
      ' cache-state',
      'Objections',
      '',
      'Not everyone agreed.',
    ]), [[3, 12, 'diff']]);
  });

  it('takes build log lines tagged with their source before the time (CodeBuild\'s `[Container] 2025/01/02 …`) as output', () => {
    assert.deepEqual(blocks([
      'The log of the second build shows the cache at work:',
      '',
      '[Container] 2025/01/09 07:02:11.120455 Running command make image',
      '#3 [build 2/4] RUN make deps',
      '#3 CACHED',
      '#5 exporting to image',
      '#5 DONE 2.3s',
      '',
      '[Container] 2025/01/09 07:02:40.998210 Phase complete: BUILD State: SUCCEEDED',
      '',
      'The build took half a minute.',
    ]), [[3, 9, 'plaintext']]);
    // A bracketed word before a sentence is no log line.
    assert.deepEqual(blocks(['Some notes.', '', '[Update] On 2025/01/09 the team moved the build to a new fleet, which halved its time.', '', 'More notes.']), []);
  });
});

describe('held-out 72–76 rules: languages', () => {
  it('reads `use crate::{…};` as Rust, not SQL\'s USE, though the file ends with a semicolon', () => {
    assert.equal(lang(['use criterion::{black_box, criterion_main, Criterion};', '', 'fn bench(c: &mut Criterion) {', '    c.bench_function("parse", |b| b.iter(|| black_box(1)));', '}', '', 'criterion_main!(benches);']), 'rust');
    assert.equal(lang(['USE analytics;', 'SELECT count(*) FROM orders;']), 'sql');
  });

  it('reads a PL/pgSQL anonymous block (`DO $$ … $$;`) as SQL', () => {
    assert.equal(lang(['DO $$', 'DECLARE', '    t record;', 'BEGIN', '    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = \'app\'', '    LOOP', '        EXECUTE format(\'ANALYZE app.%I\', t.tablename);', '    END LOOP;', 'END', '$$;']), 'sql');
  });

  it('reads a Go method with a receiver as Go, not JavaScript', () => {
    assert.equal(lang(['func (s *Store) Get(ctx context.Context, key string) (string, error) {', '\tif s.closed {', '\t\treturn "", errClosed', '\t}', '\treturn s.backend.Get(ctx, key)', '}']), 'go');
  });

  it('reads a `…ctl` tool\'s subcommand as a shell command', () => {
    assert.deepEqual(guess(['hostnamectl status']), { lang: 'shellscript', kind: 'command' });
    assert.deepEqual(guess(['fleetctl rollback --to 12']), { lang: 'shellscript', kind: 'command' });
  });

  it('reads sections of `Key=value` with a list of values indented under `Key=` as INI', () => {
    assert.equal(lang(['[Content]', 'Packages=', '        curl', '        vim', 'Bootable=yes', '', '[Output]', 'Format=disk']), 'ini');
  });

  it('reads Terraform variables that open a map after "=" as HCL, not INI', () => {
    assert.equal(lang(['mirrors = {', '  primary   = { url = "mirror-a.example.com" }', '  secondary = { url = "mirror-b.example.com", weight = 2 }', '}']), 'hcl');
    // A TOML inline table on one line stays TOML.
    assert.equal(lang(['[servers]', 'alpha = { ip = "10.0.0.1", role = "frontend" }', 'beta = { ip = "10.0.0.2", role = "backend" }']), 'toml');
  });
});

describe('held-out 72–76 rules: tables', () => {
  it('reads a range ("5–10 minutes") and a bound ("Older than 90 days") as numbers', () => {
    assert.deepEqual(rowNames(['The plan:', '', ...cells('Task', 'Team', 'Duration', 'Freeze writes', 'App team', '2 minutes', 'Check the lag', 'Data team', '5–10 minutes',
      'Switch endpoints', 'App team', '1 minute'), 'That was all.']), [['Task', 'Freeze writes', 'Check the lag', 'Switch endpoints']]);
    assert.deepEqual(rowNames(['Storage by age:', '', ...cells('Age', 'Size (TB)', '0–30 days', '12', '31–90 days', '40', 'Older than 90 days', '75'), 'Costs fell.']),
      [['Age', '0–30 days', '31–90 days', 'Older than 90 days']]);
    // A name that merely contains digits after a dash is no range.
    assert.equal(post(['Tools:', '', ...cells('Name', 'Use', '7-zip', 'Archives', 'x-ray', 'Tracing'), 'Done.']).body.some(b => b.type === 'table'), false);
  });

  it('reads two column names above label and measure pairs as the header row, not a heading', () => {
    assert.deepEqual(rowNames(['Targets by severity:', '', ...cells('Severity', 'Target', 'URGENT', '4 hours', 'HIGH', '2 days', 'NORMAL', '14 days', 'LOW', 'Next planning cycle'),
      'We review them yearly.']), [['Severity', 'URGENT', 'HIGH', 'NORMAL', 'LOW']]);
  });

  it('keeps a title cell above an announced table of words out of its header when the shifted grid strands a value', () => {
    assert.deepEqual(rowNames(['It writes three kinds of file:', '', ...cells('Output kinds', 'Kind', 'Holds', 'Signed', 'img', 'A disk image', 'Yes', 'tgz', 'A tarball of the tree', 'No',
      'oci', 'A container image', 'No'), 'Pick one with --kind.']), [['Kind', 'img', 'tgz', 'oci']]);
  });
});
