// Articles shaped like the dumps but not from the seed corpus: languages the seed lacks, and prose that
// must not become code. They check that the rules generalise instead of remembering the seed files.
import * as assert from 'node:assert/strict';
import type { BodyBlock } from '../../src/core/model';
import { parseText } from '../../src/core/parse';

const POLYGLOT = [
  'How we rebuilt our edge proxy in Rust',
  '',
  'Post Syndicated from Jane Roe original https://blog.cloudflare.com/rebuilt-edge-proxy-rust',
  '',
  'We rewrote the proxy that sits in front of every request. This post shows the main loop and the configuration.',
  '',
  'The core of the new proxy is a small async loop:',
  '',
  'use std::collections::HashMap;',
  '',
  'fn main() {',
  '    let mut routes = HashMap::new();',
  '    routes.insert("/", "origin-a");',
  '    println!("{:?}", routes);',
  '}',
  '',
  'Each worker reads its settings from a YAML file:',
  '',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: proxy-config',
  'data:',
  '  workers: "8"',
  '',
  'Deploying it is a single command:',
  '',
  'kubectl apply -f proxy-config.yaml',
  '',
  'The Go health checker',
  '',
  'The health checker is still written in Go:',
  '',
  'package main',
  '',
  'import "fmt"',
  '',
  'func main() {',
  '\tif err := run(); err != nil {',
  '\t\tfmt.Println(err)',
  '\t}',
  '}',
  '',
  'We provision the bucket for logs with Terraform:',
  '',
  'resource "aws_s3_bucket" "logs" {',
  '  bucket = "proxy-logs"',
  '}',
  '',
  'On the hosts, the kernel module looks like this:',
  '',
  'static int proxy_probe(struct platform_device *pdev)',
  '{',
  '\tstruct proxy *priv = devm_kzalloc(&pdev->dev, sizeof(*priv), GFP_KERNEL);',
  '\tif (!priv)',
  '\t\treturn -ENOMEM;',
  '\treturn 0;',
  '}',
  '',
  'Running the benchmark prints:',
  '',
  'Requests/sec:  48211.37',
  'Transfer/sec:      6.21MB',
  '',
  'That is twice what the old proxy served. Thanks to everyone who helped.',
].join('\n');

const PROSE_TRAPS = [
  '[$] A new API for read-only mappings',
  '',
  'Post Syndicated from corbet original https://lwn.net/Articles/999999/',
  '',
  "The kernel's memory-management developers have been discussing a new interface for read-only file mappings. Linus Torvalds was not impressed:",
  '',
  "I really don't see the point of this. We already have a perfectly good",
  'mechanism for this, and adding yet another flag to mmap() just makes',
  'the API harder to use for everybody.',
  '',
  'The patch set adds a MAP_RDONLY_FIXED flag; see the documentation for details.',
  '',
  'Features added in this release include:',
  '',
  '  • SELECT … FOR UPDATE SKIP LOCKED',
  '  • CREATE INDEX CONCURRENTLY on partitioned tables',
  '  • The new pg_stat_io view',
  '',
  'Testing it is straightforward:',
  '',
  '$ sudo mount -o remount,ro /data',
  '$ cat /proc/mounts | grep data',
  '/dev/sda1 /data ext4 ro,relatime 0 0',
  '',
  'In Python the equivalent check is:',
  '',
  '>>> import os',
  '>>> os.statvfs("/data").f_flag & os.ST_RDONLY',
  '1',
  '',
  'Tiny Verses',
  '',
  'Roses are red,',
  'violets are blue,',
  'my backup finished,',
  'and so should you.',
  '',
  'Figure 1: The mapping lifecycle',
  '',
  'Name',
  '',
  'Role',
  '',
  'Since',
  '',
  'Alice',
  '',
  'Maintainer',
  '',
  '2019',
  '',
  'Bob',
  '',
  'Reviewer',
  '',
  '2021',
  '',
  "That's all for this week. Comments (12 posted)",
].join('\n');

const AWS_HOW_TO = [
  'Automate bucket audits with AWS Lambda and CloudFormation',
  '',
  'Post Syndicated from Sam Lee and Priya Nair original https://aws.amazon.com/blogs/compute/automate-bucket-audits/',
  '',
  'In this post, we show how to audit S3 buckets with a scheduled Lambda function. The template below creates the function and its role.',
  '',
  'CloudFormation template',
  '',
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Resources:',
  '  AuditFunction:',
  '    Type: AWS::Lambda::Function',
  '    Properties:',
  '      Runtime: python3.12',
  '      Handler: app.handler',
  '      Timeout: 60',
  '',
  'Deploy it with the AWS CLI:',
  '',
  'aws cloudformation deploy --template-file template.yaml --stack-name bucket-audit --capabilities CAPABILITY_IAM',
  '',
  'Invoke the function once to test it:',
  '',
  'aws lambda invoke --function-name AuditFunction out.json',
  '',
  'You should see output similar to the following:',
  '',
  '{',
  '    "StatusCode": 200,',
  '    "ExecutedVersion": "$LATEST"',
  '}',
  '',
  'The handler is a few lines of Python:',
  '',
  'from typing import Any',
  '',
  'def handler(event: dict[str, Any], context: Any) -> dict:',
  '    """Return the number of buckets without encryption."""',
  '    buckets = s3.list_buckets()["Buckets"]',
  '    return {"unencrypted": len(buckets)}',
  '',
  'A helper script runs the audit for every account:',
  '',
  '#!/bin/bash',
  'for account in $(cat accounts.txt); do',
  '  if [ -n "$account" ]; then',
  '    aws sts assume-role --role-arn "arn:aws:iam::${account}:role/Audit" --role-session-name audit',
  '  fi',
  'done',
  '',
  '  1. Open the Lambda console.',
  '  2. Choose the function and run the following command in CloudShell:',
  '    aws logs tail /aws/lambda/AuditFunction --follow',
  '  3. Check that the log shows the number of buckets.',
  '',
  'Clean up',
  '',
  'To avoid charges, delete the stack:',
  '',
  'aws cloudformation delete-stack --stack-name bucket-audit',
  '',
  'Conclusion',
  '',
  'You can now audit your buckets every day. Sam Lee is a Solutions Architect at AWS.',
].join('\n');

const WORKERS = [
  'Deploying Workers with wrangler',
  '',
  'Post Syndicated from Alex Kim original https://blog.cloudflare.com/deploying-workers-with-wrangler',
  '',
  'In a reply on the mailing list, a maintainer wrote:',
  '',
  '> I think this patch is wrong because it breaks the ABI for every',
  '> user of the old flag, and we cannot do that in a stable release.',
  '',
  'Configure the project in wrangler.toml:',
  '',
  'name = "my-worker"',
  'main = "src/index.ts"',
  'compatibility_date = "2024-09-23"',
  '',
  '[[kv_namespaces]]',
  'binding = "CACHE"',
  'id = "abc123"',
  '',
  'Then deploy:',
  '',
  '$ npx wrangler deploy',
  'Total Upload: 4.21 KiB / gzip: 1.62 KiB',
  'Uploaded my-worker (1.31 sec)',
  'Published my-worker (0.29 sec)',
  '  https://my-worker.example.workers.dev',
  '',
  'To check the bucket policy, run:',
  '',
  'aws s3api get-bucket-policy --bucket my-bucket --query Policy --output text',
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::my-bucket/*"}]}',
  '',
  'The worker itself:',
  '',
  'export default {',
  '  async fetch(request, env) {',
  '    const cached = await env.CACHE.get(new URL(request.url).pathname);',
  '    return new Response(cached ?? "miss");',
  '  },',
  '};',
  '',
  'A note on pricing: Workers KV reads cost $0.50 per million after the first 10 million each month.',
].join('\n');

function blocksOf(text: string): Array<[number, number, string, string | null]> {
  return parseText(text, 'x.txt').posts[0].codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.kind]);
}

function types(blocks: readonly BodyBlock[]): string[] {
  return blocks.map(b => `${b.type}@${b.line}`);
}

describe('parse: beyond the seed corpus', () => {
  it('finds and labels Rust, YAML, shell, Go, Terraform, C and program output', () => {
    assert.deepEqual(blocksOf(POLYGLOT), [
      [9, 15, 'rust', null],
      [19, 24, 'yaml', null],
      [28, 28, 'shellscript', 'command'],
      [34, 42, 'go', null],
      [46, 48, 'hcl', null],
      [52, 58, 'c', null],
      [62, 63, 'plaintext', 'output'],
    ]);
  });

  it('keeps code indentation and tabs', () => {
    const go = parseText(POLYGLOT, 'x').posts[0].codeBlocks[3];
    assert.equal(go.code.split('\n')[5], '\tif err := run(); err != nil {');
  });

  it('takes a heading between code blocks for a heading', () => {
    const body = parseText(POLYGLOT, 'x').posts[0].body;
    assert.ok(types(body).includes('heading@30'));
  });

  it('leaves quoted mail, SQL feature bullets, a poem and a text table as prose', () => {
    const post = parseText(PROSE_TRAPS, 'x').posts[0];
    assert.deepEqual(post.codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.kind, b.hasPrompts]), [
      [21, 23, 'shellscript', 'command', true],
      [27, 29, 'python', null, true],
    ]);
    assert.deepEqual(types(post.body), [
      'paragraph@5', 'paragraph@7', 'paragraph@11', 'paragraph@13', 'list@15', 'paragraph@19', 'code@21',
      'paragraph@25', 'code@27', 'heading@31', 'paragraph@33', 'caption@38', 'table@40', 'paragraph@58',
    ]);
    const list = post.body.find(b => b.type === 'list');
    assert.ok(list && list.type === 'list' && list.items.length === 3 && !list.ordered);
    const poem = post.body.find(b => b.line === 33);
    assert.ok(poem && poem.type === 'paragraph' && poem.text.startsWith('Roses are red, violets are blue,'));
  });

  it('rebuilds a small flattened table with a numeric column', () => {
    const post = parseText(PROSE_TRAPS, 'x').posts[0];
    const table = post.body.find(b => b.type === 'table');
    assert.ok(table && table.type === 'table');
    assert.deepEqual(table.rows, [['Name', 'Role', 'Since'], ['Alice', 'Maintainer', '2019'], ['Bob', 'Reviewer', '2021']]);
  });

  it('leaves a run of short text cells without numbers as paragraphs', () => {
    const dump = POLYGLOT.split('\n').slice(0, 6).concat(['', 'Region', '', 'Owner', '', 'Europe', '', 'Team A', '', 'Asia', '', 'Team B', '']).join('\n');
    const post = parseText(dump, 'x').posts[0];
    assert.ok(!post.body.some(b => b.type === 'table'));
    assert.equal(post.body.filter(b => b.type === 'paragraph').length, 7);
  });

  it('reads an AWS how-to: CloudFormation YAML, CLI commands, JSON output, typed Python, a bash script, code in a list', () => {
    assert.deepEqual(blocksOf(AWS_HOW_TO), [
      [9, 16, 'yaml', null],
      [20, 20, 'shellscript', 'command'],
      [24, 24, 'shellscript', 'command'],
      [28, 31, 'json', null],
      [35, 40, 'python', null],
      [44, 49, 'shellscript', null],
      [53, 53, 'shellscript', 'command'],
      [60, 60, 'shellscript', 'command'],
    ]);
    const post = parseText(AWS_HOW_TO, 'x').posts[0];
    assert.deepEqual(post.authors, ['Sam Lee', 'Priya Nair']);
    assert.equal(post.source, 'AWS Compute Blog');
    const list = post.body.find(b => b.type === 'list');
    assert.ok(list && list.type === 'list' && list.ordered);
    assert.deepEqual(list.items[1].children, [{ type: 'code', line: 53, codeIndex: 6 }]);
    assert.ok(types(post.body).includes('heading@56') && types(post.body).includes('heading@62'));
  });

  it('reads a Workers post: TOML with arrays of tables, a prompt session with output, a CLI command with JSON output', () => {
    const post = parseText(WORKERS, 'x').posts[0];
    assert.deepEqual(post.codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.kind, b.hasPrompts]), [
      [12, 18, 'toml', null, false],
      [22, 26, 'shellscript', 'command', true],
      [30, 31, 'shellscript', 'command', false],
      [35, 40, 'javascript', null, false],
    ]);
    // A quoted mail is prose; a lead-in ending with a colon before code is a paragraph, not a heading.
    assert.ok(!post.codeBlocks.some(b => b.startLine <= 8 && b.endLine >= 7));
    const leadIns = post.body.filter(b => b.line === 20 || b.line === 33).map(b => b.type);
    assert.deepEqual(leadIns, ['paragraph', 'paragraph']);
  });

  it('splits lower-case SQL glued to a sentence, and leaves a glued instruction alone', () => {
    const dump = [
      'Counting open orders',
      '',
      'Post Syndicated from Ann Lee original https://example.com/blog/open-orders/',
      '',
      "The orders table keeps every order with its status. To see how many are still open, run:select count(*) from orders where status = 'open';",
      '',
      'In the console, open the Orders menu:select the order from the list and choose Close.',
    ].join('\n');
    const post = parseText(dump, 'x').posts[0];
    assert.deepEqual(post.codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.code]), [
      [5, 5, 'sql', "select count(*) from orders where status = 'open';"],
    ]);
    assert.deepEqual(post.body.map(b => b.type), ['paragraph', 'code', 'paragraph']);
  });
});
