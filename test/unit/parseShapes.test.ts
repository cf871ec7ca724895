// Shapes of code the seed corpus lacks: log lines, ranked profiler rows, crontabs, attributes, commands glued
// to a sentence or standing on a list item, and a command that applies the manifest above it.
import * as assert from 'node:assert/strict';
import { parseText } from '../../src/core/parse';

function blocksOf(body: string[]): Array<[number, number, string, string | null, string]> {
  const text = ['Notes from the on-call week', '', 'Post Syndicated from Ada Lane original https://example.org/notes', '', ...body].join('\n');
  return parseText(text, 'x.txt').posts[0].codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.kind, b.code]);
}

describe('parser: code shapes beyond the seed corpus', () => {
  it('takes kernel log lines and ranked profiler rows as output', () => {
    const blocks = blocksOf([
      'The disk stalled under load and the kernel complained:',
      '',
      '[ 9120.551002] nvme nvme0: I/O 17 QID 3 timeout, aborting',
      '[ 9120.551090] nvme nvme0: Abort status: 0x0',
      '',
      'The profile showed where the time went:',
      '',
      '1. 51.0% org.example.cache.Loader.fetch',
      '2. 12.5% org.example.http.Client.send',
      '',
      'That was the end of it.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 4)), [[7, 8, 'plaintext', 'output'], [12, 13, 'plaintext', 'output']]);
  });

  it('takes a crontab entry, an env-prefixed command and a command glued after a colon as shell', () => {
    const blocks = blocksOf([
      'The job runs every night:',
      '',
      '30 2 * * * /opt/jobs/rotate.sh >> /var/log/rotate.log 2>&1',
      '',
      'Run it by hand with a different target:',
      '',
      'TARGET_DIR=/srv/archive ./rotate.sh --dry-run',
      '',
      'To bring the bucket under management, run this:terraform import aws_s3_bucket.logs my-logs-bucket',
      '',
      'That is all.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 4)), [[7, 7, 'shellscript', null], [11, 11, 'shellscript', 'command'], [13, 13, 'shellscript', 'command']]);
    assert.equal(blocks[2][4], 'terraform import aws_s3_bucket.logs my-logs-bucket');
  });

  it('splits a manifest from the command that applies it, and a list item command from the previous item', () => {
    const blocks = blocksOf([
      'The deployment:',
      '',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '',
      'kubectl apply -f web.yaml',
      '',
      'Then roll it out:',
      '',
      '  1. Apply the service:',
      '    kubectl apply -f svc.yaml',
      '  2. kubectl rollout status deployment/web --timeout=60s',
      '  3. Check the pods once it finishes.',
      '',
      'Done.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 3)), [[7, 10, 'yaml'], [12, 12, 'shellscript'], [17, 17, 'shellscript'], [18, 18, 'shellscript']]);
  });

  it('keeps a C# file whole across an assembly attribute, and names a spaced section INI', () => {
    const blocks = blocksOf([
      'The handler:',
      '',
      'using System;',
      'using Amazon.Lambda.Core;',
      '',
      '[assembly: LambdaSerializer(typeof(Amazon.Lambda.Serialization.SystemTextJson.DefaultLambdaJsonSerializer))]',
      '',
      'namespace Reports;',
      '',
      'public class Function',
      '{',
      '    public int Handle() => 0;',
      '}',
      '',
      'And the PHP settings:',
      '',
      '[Session]',
      'session.name = "APPSESSID"',
      '',
      '[mail function]',
      'SMTP = "localhost"',
      '',
      'That is all.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 3)), [[7, 17, 'csharp'], [21, 25, 'ini']]);
  });

  it('takes a README shown as text as one Markdown box, and a "#" comment over commands as shell', () => {
    const blocks = blocksOf([
      'Keep a README next to the tool:',
      '',
      '# report-tool',
      '',
      'Prints a weekly report of failed jobs.',
      '',
      '## Install',
      '',
      '- Run `npm ci` in the folder.',
      '- Set **REPORT_BUCKET** first.',
      '',
      'That is the whole file.',
      '',
      'Install it on a host:',
      '',
      '# install the tool',
      'npm ci',
      'npm run build',
      '',
      'Done.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 3)), [[7, 14, 'markdown'], [20, 22, 'shellscript']]);
  });

  it('keeps a tool\'s header and summary lines with its output, not a closing sentence before more prose', () => {
    const blocks = blocksOf([
      'The dry run prints:',
      '',
      'Planner will apply these steps:',
      '',
      '  + step "copy" {',
      '      + size = 12',
      '    }',
      '',
      'Summary: 1 to add, 0 to remove.',
      '',
      'Next steps',
      '',
      'Check the session:',
      '',
      '$ planner status --all',
      'planner.step.copy: pending',
      '',
      'It waits for the next run.',
      '',
      'Heading after a remark',
      '',
      '$ planner run --all',
      'planner.step.copy: done',
      '',
      'Finished: 1 step in 3s.',
      '',
      'Why it matters',
      '',
      'The rest of the article explains why that matters for the team.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 2)), [[7, 13], [19, 20], [26, 29]]);
  });

  it('keeps a shell script whole across a blank line before its commands', () => {
    const blocks = blocksOf([
      'The script:',
      '',
      '#!/bin/bash',
      'set -euo pipefail',
      'BUCKET=my-bucket',
      '',
      'aws s3 cp build/ s3://$BUCKET/ --recursive',
      '',
      'Done.',
    ]);
    assert.deepEqual(blocks.map(b => b.slice(0, 3)), [[7, 11, 'shellscript']]);
  });
});
