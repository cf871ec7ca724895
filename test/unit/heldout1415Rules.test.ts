// General rules added for what the blind held-out sets 14 and 15 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, cells, guess, lang, post, rowNames } from './ruleSamples';

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

describe('held-out 14 rules: languages', () => {
  it('names TOML whose strings hold escaped quotes TOML', () => {
    assert.equal(lang(['version = 0.1', '', '[default.deploy.parameters]', 'stack_name = "billing-dev"', 'resolve_s3 = true', 'parameter_overrides = "Stage=\\"dev\\""']), 'toml');
    assert.equal(lang(['[general]', 'name = billing service', 'retries = 3']), 'ini');
  });

  it('names JSON Lines JSON, and leaves Python dictionaries printed one per line alone', () => {
    assert.deepEqual(guess(['{"id":"A-1","state":"open"}', '{"id":"A-2","state":"closed"}']), { lang: 'json', kind: null });
    assert.notEqual(lang(["{'id': 'A-1', 'state': 'open'}", "{'id': 'A-2', 'state': 'closed'}"]), 'json');
  });

  it('names a Dockerfile of FROM and COPY only, and Fluent Bit sections of `Key value` settings INI', () => {
    assert.equal(lang(['FROM public.ecr.aws/docker/library/nginx:1.27', 'COPY site.conf /etc/nginx/conf.d/site.conf']), 'dockerfile');
    assert.equal(lang(['[INPUT]', '    Name   tail', '    Path   /var/log/app/*.log', '', '[OUTPUT]', '    Name   stdout', '    Match  *']), 'ini');
    assert.notEqual(lang(['[Notes]', 'These are the notes for the release, in no order.']), 'ini');
  });

  it('names one command line of an unknown tool with long options shell, and leaves prose about options alone', () => {
    assert.deepEqual(guess(['s5cmd --numworkers 64 --endpoint-url "https://s3.eu-west-1.amazonaws.com/?x=1" --no-sign-request ls "s3://a/*"']), { lang: 'shellscript', kind: 'command' });
    assert.deepEqual(blocks(['Call it from any shell.', '', 'awsping --region eu-west-1 "https://api.example.com/health?deep=true" --count 5', '', 'It prints one line per request.']), [[3, 3, 'shellscript']]);
    assert.deepEqual(blocks(['with --force and --no-verify, which most people never need.']), []);
  });
});

describe('held-out 14 rules: code blocks', () => {
  it('takes a log excerpt whole, messages between its timestamped lines too, but not a heading right under it', () => {
    assert.deepEqual(bounds([
      'The build log shows the cache at work:',
      '',
      '[Runner] 2025/03/02 08:14:55.120 Running command npm ci',
      'Nothing to update, the lockfile is current',
      'added 812 packages in 9s',
      '[Runner] 2025/03/02 08:15:06.401 Phase complete: INSTALL State: SUCCEEDED',
      'Measured results',
      '',
      'Over two weeks the median build took four minutes less.',
    ]), [[3, 6]]);
    // Prose that mentions two dates in passing is no log.
    assert.deepEqual(blocks(['2025-03-02 08:14:55 was when the first build ran, and it was slow', '2025-03-09 08:00:00 was a week later, when we measured again', 'By then the cache was warm and the builds were quick enough for everyone.']), []);
  });

  it('starts a file on the list item that holds its first setting', () => {
    const found = post([
      '  1. Create the project and choose the standard image.',
      '  2. version: 0.2',
      '    phases:',
      '      build:',
      '        commands:',
      '          - make test',
      '',
      'The project runs on every push.',
    ]).codeBlocks.map(b => [b.startLine - 4, b.endLine - 4, b.lang, b.code.split('\n')[0]]);
    assert.deepEqual(found, [[2, 6, 'yaml', 'version: 0.2']]);
    assert.deepEqual(blocks(['  1. Create the project and choose the standard image.', '  2. Open the settings.', '    Choose the build image there.', '', 'That is all.']), []);
  });

  it('starts a CloudFormation template at its header, though the description reads as prose', () => {
    assert.deepEqual(bounds([
      'The template creates the queue.',
      '',
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Description: Orders queue with a dead-letter queue for the checkout service',
      '',
      'Resources:',
      '  OrdersQueue:',
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      '      VisibilityTimeout: 60',
      '',
      'Deploy it with the console.',
    ]), [[3, 10]]);
  });

  it('ends a configuration file before the Dockerfile shown after it', () => {
    assert.deepEqual(blocks([
      'The sidecar reads this file:',
      '',
      '[INPUT]',
      '    Name   tail',
      '    Path   /var/log/app/*.log',
      '',
      'FROM public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.4',
      'COPY extra.conf /fluent-bit/etc/extra.conf',
      '',
      'The image is pushed to the registry of the account.',
    ]), [[3, 5, 'ini'], [7, 8, 'dockerfile']]);
    // A query's FROM after a blank line is no Dockerfile.
    assert.deepEqual(bounds(['SELECT order_id, total', '', 'FROM shop.orders', "WHERE status = 'open';", '', 'That is the query.']), [[1, 4]]);
  });
});

describe('held-out 14 rules: tables', () => {
  it('rebuilds a table whose first row misses a number ("None") that the rows below have', () => {
    const rows = rowNames([
      'Pick the class by how fast the first byte must come.',
      '',
      ...cells('Class', 'First byte', 'Minimum duration', 'Hot', 'Milliseconds', 'None', 'Warm', 'Milliseconds', '30 days', 'Cold', 'Hours', '180 days'),
      'The cold class is the cheapest by far.',
    ]);
    assert.deepEqual(rows, [['Class', 'Hot', 'Warm', 'Cold']]);
  });
});
