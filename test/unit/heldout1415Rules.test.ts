// General rules added for what the blind held-out sets 14 and 15 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang } from './ruleSamples';

describe('held-out 14 and 15 rules: output', () => {
  it('takes a tool\'s output that opens with its underlined name, configuration snippet and all', () => {
    assert.deepEqual(blocks([
      'The tool answers with the new queue and a snippet for your configuration:',
      '',
      ' 🚀 qtool 2.4.1',
      '---------------',
      '',
      '✔ Created queue orders-dlq in region eu-central',
      'Add it to your settings.',
      '',
      '[[queues]]',
      'binding = "DLQ"',
      'queue_name = "orders-dlq"',
      '',
      'We renamed the binding before we committed it.',
    ]), [[3, 11, 'plaintext']]);
    // The paragraphs after the banner that read as prose are the article's again.
    assert.deepEqual(bounds([
      'The tool answers with its banner:',
      '',
      ' 🚀 qtool 2.4.1',
      '---------------',
      '',
      'That banner is all it prints when there is nothing to do, which surprised us the first time.',
    ]), [[3, 4]]);
  });

  it('takes a paragraph that a lead-in says a program printed, even when its lines lean neither way', () => {
    assert.deepEqual(bounds([
      'On the test machine the script printed:',
      '',
      'Cache enabled: True',
      '1 worker: 0.84s',
      '2 workers: 0.47s',
      '',
      'Two workers are almost twice as fast.',
    ]), [[3, 5]]);
    assert.deepEqual(blocks([
      'The report names two figures for each route:',
      '',
      'Requests per second',
      'Median latency in milliseconds',
      '',
      'Both are averaged over a minute.',
    ]), []);
  });

  it('ends commands of any tool given options at a blank line, before what they printed', () => {
    assert.deepEqual(bounds([
      'Build and measure it:',
      '',
      'cargo install -q wasm-pack',
      'wasm-pack build --release && du -h pkg/*.wasm',
      '',
      '[INFO]: 🎯  Checking for the Wasm target...',
      '[INFO]: 🌀  Compiling to Wasm...',
      '    Finished `release` profile [optimized] target(s) in 9.12s',
      '[INFO]: ⬇️  Installing wasm-bindgen...',
      '[INFO]: ✨   Done in 12.40s',
      '-rw-r--r-- 1 ana staff 204K Nov 21 10:02 pkg/app_bg.wasm',
      '',
      'Most of that is the formatter.',
    ]), [[3, 4], [6, 11]]);
  });
});

describe('held-out 14 and 15 rules: files shown one after another', () => {
  it('splits files that each open with a comment naming them, when their types differ', () => {
    const dockerfileThenCompose = [
      'Both files sit at the root of the repository:',
      '',
      '# Dockerfile',
      'FROM node:22-alpine',
      'WORKDIR /srv',
      'COPY . .',
      'RUN npm ci --omit=dev',
      '',
      '# compose.yaml',
      'services:',
      '  web:',
      '    build: .',
      '    ports:',
      '      - "8080:8080"',
      '',
      'Start them with one command.',
    ];
    assert.deepEqual(blocks(dockerfileThenCompose), [[3, 7, 'dockerfile'], [9, 14, 'yaml']]);
    // Two files of one type stay one box, as the seed shows them.
    assert.deepEqual(bounds([
      'The two modules are short:',
      '',
      '// src/clock.ts',
      'export const now = (): number => Date.now();',
      '',
      '// src/timer.ts',
      "import { now } from './clock';",
      'export const since = (start: number): number => now() - start;',
      '',
      'That is all.',
    ]), [[3, 8]]);
  });
});

describe('held-out 14 and 15 rules: languages and Markdown', () => {
  it('names a shell loop over several lines shell', () => {
    assert.equal(lang(['for f in backups/*.tar.gz; do', '  gsutil cp "$f" gs://archive-bucket/ || break', 'done']), 'shellscript');
    assert.equal(guess(['for name in ("a", "b"):', '    print(name)']).lang, 'python');
  });

  it('keeps the comment a Markdown template leaves to its reader inside the template', () => {
    assert.deepEqual(blocks([
      'We added this to the pull request template:',
      '',
      '## Checklist',
      '',
      '- [ ] The migration runs twice without errors',
      '- [ ] The dashboards still load',
      '',
      '<!-- Ask in #data-platform if a box does not apply. -->',
      '',
      'Reviewers now check the boxes.',
    ]), [[3, 8, 'markdown']]);
  });
});
