import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage, PRECONDITIONS, SIGNATURES } from '../../src/core/language';
import { promptOf } from '../../src/core/prompts';
import { parseText } from '../../src/core/parse';
import type { CodeKind, CodeLanguage } from '../../src/core/model';

const cases: Array<[string, string, CodeLanguage, CodeKind]> = [
  ['IAM policy', '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}', 'json', 'iam-policy'],
  ['trust policy with tabs and no-break spaces', '{\n\t"Version": "2012-10-17",\n\u00a0\u00a0"Statement": [\n\t\t{ "Effect": "Allow", "Principal": { "Service": "lambda.amazonaws.com" }, "Action": "sts:AssumeRole" }\n\t]\n}', 'json', 'iam-policy'],
  ['JSON event pattern', '{\n  "source": ["aws.autoscaling"],\n  "detail-type": ["EC2 Instance Launch Successful"]\n}', 'json', null],
  ['JSON fragment', '"data_transformations": [{\n"functionName": "cast",\n"outputDFName": "table_details"\n}]', 'json', null],
  ['SQL statement', 'CREATE TABLE items(item_id int, item_cat varchar);', 'sql', null],
  ['SQL with comment first', '-- Load sample data\nCOPY patientsinfo\nFROM \'s3://bucket/file.csv\'\nIAM_ROLE DEFAULT\ncsv;', 'sql', null],
  ['psql session with output', 'postgres=> SELECT 1;\n ?column?\n----------\n        1\n(1 row)', 'sql', 'output'],
  ['shell with prompt', '$ aws s3 ls\n2024-01-01 bucket-a', 'shellscript', 'command'],
  ['zsh prompt', '~ % monocle search --prefix 198.18.0.0/24', 'shellscript', 'command'],
  ['commands without prompt', 'git clone https://github.com/aws-samples/x.git\ncd x\ncdk deploy', 'shellscript', 'command'],
  ['notebook installs', '!pip install opensearch-py\n!pip install botocore', 'shellscript', 'command'],
  ['curl with continuation', "curl --location 'https://example.com/v1' \\\n--header 'Content-Type: application/json' \\\n--data '{\"a\": 1}'", 'shellscript', 'command'],
  ['bash script', '#!/bin/bash\nset -euo pipefail\nfor f in *.txt; do\n  echo "$f"\ndone', 'shellscript', null],
  ['PowerShell', 'PS C:\\> Get-ChildItem -Path C:\\Temp\nPS C:\\> Set-Location C:\\Temp', 'powershell', 'command'],
  ['PowerShell script', '$bucket = Get-S3Bucket -BucketName "demo"\nWrite-Host $bucket.BucketName', 'powershell', null],
  ['Dockerfile', 'FROM public.ecr.aws/lambda/python:3.12\nCOPY app.py ./\nRUN pip install -r requirements.txt\nCMD ["app.handler"]', 'dockerfile', null],
  ['CDK TypeScript', 'const bucket = new s3.Bucket(this, "MyBucket", {\n  enforceSSL: true,\n});', 'typescript', 'cdk'],
  ['CDK escape hatch', 'const cfnKey = kmsKey.node.defaultChild as kms.CfnKey;\ncfnKey.addOverride("Properties.KeyPolicy", policy);', 'typescript', 'cdk'],
  ['CDK Python', 'bucket = s3.Bucket(\n    self,\n    "Bucket",\n    versioned=True,\n)', 'python', 'cdk'],
  ['TypeScript with types', 'export async function handler(event: APIGatewayProxyEvent): Promise<Result> {\n  return { statusCode: 200 };\n}', 'typescript', null],
  ['JavaScript', 'import { S3Client } from "@aws-sdk/client-s3";\nexport const handler = async (event) => {\n  const client = new S3Client({});\n  return client;\n};', 'javascript', null],
  ['Python', 'import boto3\n\ndef handler(event, context):\n    client = boto3.client("s3")\n    return None', 'python', null],
  ['Python dict literal', "# index settings\nindex_name = 'demo'\nsettings = {\n    \"index\": {\n        \"knn\": \"true\"\n    }\n}", 'python', null],
  ['TOML', '[default.build.parameters]\ncached = true\nparallel = true', 'toml', null],
  ['YAML', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2', 'yaml', null],
  ['GitHub Actions YAML', 'name: CI\non:\n  push:\n    branches: [main]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test', 'yaml', null],
  ['Terraform', 'resource "aws_s3_bucket" "logs" {\n  bucket = "my-logs"\n  tags = {\n    Env = "prod"\n  }\n}', 'hcl', null],
  ['Go', 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}', 'go', null],
  ['Go snippet', 'if err != nil {\n\treturn fmt.Errorf("load: %w", err)\n}\nctx := context.Background()', 'go', null],
  ['Rust', 'use std::collections::HashMap;\n\nfn main() {\n    let mut map = HashMap::new();\n    map.insert("a", 1);\n    println!("{:?}", map);\n}', 'rust', null],
  ['Rust impl', 'impl Worker {\n    pub fn new(id: u32) -> Self {\n        Self { id }\n    }\n}', 'rust', null],
  ['C', '#include <stdio.h>\n\nint main(void)\n{\n\tprintf("hello\\n");\n\treturn 0;\n}', 'c', null],
  ['kernel C', 'static int foo_probe(struct platform_device *pdev)\n{\n\tstruct foo *priv = devm_kzalloc(&pdev->dev, sizeof(*priv), GFP_KERNEL);\n\tif (!priv)\n\t\treturn -ENOMEM;\n\treturn 0;\n}', 'c', null],
  ['C++', '#include <vector>\n\nint main() {\n    std::vector<int> v{1, 2, 3};\n    for (auto& x : v) std::cout << x << std::endl;\n}', 'cpp', null],
  ['Java', 'public class Handler implements RequestHandler<Map<String, String>, String> {\n    @Override\n    public String handleRequest(Map<String, String> event, Context context) {\n        return "ok";\n    }\n}', 'java', null],
  ['C#', 'using Amazon.S3;\n\nnamespace Demo\n{\n    public class Function\n    {\n        public async Task<string> Handler(string input) => await Task.FromResult(input);\n    }\n}', 'csharp', null],
  ['Kotlin', 'fun main() {\n    val items = listOf(1, 2, 3)\n    println(items.map { it * 2 })\n}', 'kotlin', null],
  ['Ruby', "require 'aws-sdk-s3'\n\ns3 = Aws::S3::Client.new\ns3.list_buckets.buckets.each do |b|\n  puts b.name\nend", 'ruby', null],
  ['PHP', "<?php\n$client = new S3Client(['region' => 'us-east-1']);\necho $client->getRegion();", 'php', null],
  ['HTML', '<html>\n  <body>\n    <div class="x">Hi</div>\n  </body>\n</html>', 'html', null],
  ['XML', '<?xml version="1.0"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n</project>', 'xml', null],
  ['CSS', '.card {\n  color: red;\n  margin: 0 auto;\n}', 'css', null],
  ['GraphQL', 'query GetUser($id: ID!) {\n  user(id: $id) {\n    name\n  }\n}', 'graphql', null],
  ['diff', 'diff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1,3 +1,3 @@\n-int a = 1;\n+int a = 2;', 'diff', null],
  ['INI', '[default]\nregion=us-east-1\noutput=json', 'ini', null],
  ['JavaScript object literal with constants is not TypeScript', 'import { SignatureV4 } from "@smithy/signature-v4";\nconst signer = new SignatureV4({ credentials, region: REGION, service: "appsync", sha256: Sha256 });', 'javascript', null],
  ['CDK in Java', 'public class AppStack extends Stack {\n    public AppStack(final Construct scope, final String id) {\n        super(scope, id);\n        Bucket bucket = new Bucket(this, "Data");\n    }\n}', 'java', 'cdk'],
  ['C struct', 'struct rate_limit {\n\tu64 tokens;\n\tspinlock_t lock;\n\tstruct list_head list;\n};', 'c', null],
  ['Ruby class', 'class Order < ApplicationRecord\n  has_many :items\n  validates :total, presence: true\nend', 'ruby', null],
  ['TOML arrays of tables', '[[servers]]\nname = "alpha"\nport = 8080\n\n[[servers]]\nname = "beta"\nport = 8081', 'toml', null],
  ['INI section with loose values', '[Unit]\nDescription=Demo service\nAfter=network.target', 'ini', null],
  ['environment variable', 'API_URL=https://api.example.com/v1', 'shellscript', 'command'],
  ['crontab', '# m h dom mon dow command\n*/5 * * * * /usr/local/bin/backup.sh\n@reboot /usr/local/bin/warmup.sh', 'shellscript', null],
  ['root prompt session', '# cat /proc/sys/vm/swappiness\n60\n# echo 10 > /proc/sys/vm/swappiness', 'shellscript', 'command'],
  ['psql command line', 'psql "host=db.example.com port=5432 dbname=app user=admin"', 'shellscript', 'command'],
  ['Terraform plan output', 'Terraform will perform the following actions:\n\n  # aws_s3_bucket.logs will be created\n  + resource "aws_s3_bucket" "logs" {\n      + bucket = "logs"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.', 'plaintext', 'output'],
  ['traceroute output', '7. be2431.ccr31.sjc04.atlas.cogentco.com\n8. 213.144.177.184\n9. (waiting for reply)', 'plaintext', 'output'],
  ['status output', 'Created task: id=67ca status=processing\n  Status=processing\nEmbedding done: ready', 'plaintext', 'output'],
  ['dict repr output', "{'twelvelabs_index': {'aliases': {}, 'settings': {'index': {'number_of_shards': '1'}}}}", 'plaintext', 'output'],
  ['text-art template', '▲ Discovery rule\n  ▪ Name:        Container discovery\n  ▪ Type        Dependent item', 'plaintext', null],
  // Rules added for the second held-out set, each on code of its own.
  ['C function whose parameters wrap', 'static unsigned int pick_slot(struct pool *p,\n\t\t\t      unsigned int hint)\n{\n\tunsigned int n = p->size;\n\n\tif (hint < n)\n\t\treturn hint;\n\treturn 0;\n}', 'c', null],
  ['C struct with const pointers is not JavaScript', 'struct codec_ops {\n\tconst char *name;\n\tconst char *alias;\n\tconst struct codec_desc *desc;\n\tumode_t mode;\n};', 'c', null],
  ['JavaScript const declarations stay JavaScript', 'const limit = 10;\nconst { items } = await load();\nreturn items.slice(0, limit);', 'javascript', null],
  ['C# class with typed members is not TypeScript', 'public class OrderStore\n{\n    private readonly HttpClient _http;\n\n    public OrderStore(HttpClient http) => _http = http;\n\n    public async Task<int?> CountAsync()\n    {\n        var body = await _http.GetStringAsync("/orders/count");\n        return (int?)int.Parse(body);\n    }\n}', 'csharp', null],
  ['TypeScript class with typed fields stays TypeScript', 'export class Cache {\n  private entries: Map<string, number> = new Map();\n  get(key: string): number | undefined {\n    return this.entries.get(key);\n  }\n}', 'typescript', null],
  ['Gradle Kotlin DSL', 'plugins {\n    id("application")\n    kotlin("jvm") version "2.0.21"\n}\n\ndependencies {\n    implementation("io.ktor:ktor-server-core:2.3.12")\n    testImplementation(kotlin("test"))\n}', 'kotlin', null],
  ['SQL statement whose head wraps', 'UPDATE invoices\nSET status = \'void\'\nWHERE issued_at < now() - interval \'1 year\'', 'sql', null],
  ['unknown tool with options on continued lines', 'rclone sync ./photos remote:photos \\\n  --transfers=8 \\\n  --checksum', 'shellscript', 'command'],
  ['prompt with a space before the dollar', 'pi@raspberrypi:~ $ vcgencmd measure_temp\ntemp=48.2\'C', 'shellscript', 'command'],
];

describe('detectLanguage', () => {
  for (const [name, code, lang, kind] of cases) {
    it(`${name} → ${lang}${kind ? ` (${kind})` : ''}`, () => {
      const guess = detectLanguage(code);
      assert.deepEqual([guess.lang, guess.kind], [lang, kind]);
    });
  }

  it('uses the article hint to settle JavaScript vs TypeScript', () => {
    const code = "const bb = getBuildBuddy(this.env, build.build_id)\nawait bb.startBuild(build)";
    assert.equal(detectLanguage(code, 'typescript').lang, 'typescript');
    assert.equal(detectLanguage(code).lang, 'javascript');
  });

  it('answers plaintext for empty code', () => {
    assert.deepEqual(detectLanguage(''), { lang: 'plaintext', kind: null });
  });
});

describe('detectLanguage: needles', () => {
  // Each signature pattern is skipped when none of its needles is in the sample; that is only sound when every
  // match of the pattern holds a needle. Checked on every code block of the seed and held-out dumps, and on
  // each of their lines alone (single lines reach patterns that whole blocks shadow).
  it('every signature pattern that matches a real code block or line finds one of its needles there', () => {
    const dirs = [path.resolve(__dirname, '../../../../shared/corpus'), ...['heldout', 'heldout2'].map(d => path.resolve(__dirname, '../../../test/fixtures', d))];
    const samples: string[] = [];
    for (const dir of dirs) {
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
        for (const post of parseText(fs.readFileSync(path.join(dir, file), 'utf8'), file).posts) {
          for (const block of post.codeBlocks) samples.push(block.code, ...block.code.split('\n'));
        }
      }
    }
    assert.ok(samples.length > 2000, `only ${samples.length} samples`);
    let matches = 0;
    for (const { lang, marks } of SIGNATURES) {
      for (const [re, , needles] of marks) {
        if (!needles) continue;
        for (const sample of samples) {
          if (!re.test(sample)) continue;
          matches++;
          // The needle scan reads a sample as if a line end followed it.
          assert.ok(needles.some(n => `${sample}\n`.includes(n)), `${lang} ${re} matched ${JSON.stringify(sample.slice(0, 80))} without a needle`);
        }
      }
    }
    assert.ok(matches > 500, `only ${matches} matches checked`);
  });
});

describe('detectLanguage: checks before patterns', () => {
  // Patterns are skipped when the sample holds none of their needles, and line patterns for lines whose first
  // character none of their matches can start with. Both are only sound if no match escapes them: checked on the
  // lines and blocks of the seed and held-out dumps and on lines written to match each pattern.
  const written = [
    'postgres=> SELECT 1;', 'mysql> show tables;', 'sqlite> .tables', 'app=# \\dt', '$ ls -la', '  $ npm test', '(venv) $ pip install x',
    '~ % ls', 'me@host:~/dir$ make', '[ec2-user@ip-10 ~]$ sudo yum update', 'PS C:\\> dir', 'C:\\Users\\me> dir', '>>> print(1)',
    'In [1]: x = 2', 'MariaDB [(none)]> select 1;', 'Terraform will perform the following actions:', 'Plan: 2 to add, 0 to change, 0 to destroy.',
    'No changes. Your infrastructure matches the configuration.', 'bucket = s3.Bucket(self, "b")', 'fn = _lambda.Function(self, "f")',
    'new s3.Bucket(this, "b");', 'class S extends Stack {', 'import * as cdk from "aws-cdk-lib";', 'new CfnBucket(this, "b")',
    'FROM node:20', 'RUN npm ci', 'CMD ["node", "x.js"]', '0 3 * * * /usr/bin/backup', '*/5 * * * * run', '@daily /bin/job',
    '# cat /proc/meminfo', '# tool --list', 'sudo apt-get install x', '--profile prod', 'set -euo pipefail', '[section]', '[[tables]]',
    'key = "value"', 'a.b-c = 1', 'name: web', '- item', '- name: x', '# comment', 'def f(x):', '@app.route("/")', '.x = y(1)', '_x = {',
    'import os', 'from a import b', 'if x:', 'print(x)', 'import x from "y";', 'export const a = 1;', 'const { a } = b;', 'let x = 1;',
    'var y;', 'function f() {', 'async function g() {', 'await h();', 'return x;', '});', '};', 'module.exports = x;', 'require("x");',
    'resource "aws_s3_bucket" "b" {', 'data "x" "y" {', 'locals {',
  ];
  const dirs = [path.resolve(__dirname, '../../../../shared/corpus'), ...['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'].map(d => path.resolve(__dirname, '../../../test/fixtures', d))];
  const blocks: string[] = [...written];
  for (const dir of dirs) {
    if (!fs.existsSync(dir)) continue;
    for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.txt'))) {
      for (const post of parseText(fs.readFileSync(path.join(dir, file), 'utf8'), file).posts) for (const block of post.codeBlocks) blocks.push(block.code);
    }
  }
  const lines = blocks.flatMap(b => b.split('\n'));

  it('every match of a pattern holds one of its needles', () => {
    for (const [re, needles] of PRECONDITIONS.needles) {
      let matches = 0;
      for (const sample of [...blocks, ...lines]) {
        if (!re.test(sample)) continue;
        matches++;
        assert.ok(needles.some(n => sample.includes(n)), `${re} matched ${JSON.stringify(sample.slice(0, 80))} without a needle`);
      }
      assert.ok(matches > 0, `${re} matched nothing: the check is not exercised`);
    }
  });

  it('every prompt holds one of the prompt needles', () => {
    let prompts = 0;
    for (const line of lines) {
      if (promptOf(line) === undefined) continue;
      prompts++;
      assert.ok(PRECONDITIONS.promptNeedles.some(n => line.includes(n)), `prompt without a needle: ${JSON.stringify(line)}`);
    }
    assert.ok(prompts >= 14, `only ${prompts} prompts`);
  });

  it('every trimmed line a line pattern matches starts with a character of its set', () => {
    const trimmed = lines.map(l => l.trim()).filter(l => l !== '');
    const starts: Array<readonly [RegExp, number]> = [...PRECONDITIONS.starts];
    for (const [re, bit] of starts) {
      let matches = 0;
      for (const line of trimmed) {
        if (!re.test(line)) continue;
        matches++;
        assert.ok(PRECONDITIONS.mayStart(line, bit), `${re} matched ${JSON.stringify(line.slice(0, 80))}, which its set rules out`);
      }
      assert.ok(matches > 0, `${re} matched nothing: the check is not exercised`);
    }
    let prompted = 0;
    for (const line of trimmed) {
      if (promptOf(line) === undefined) continue;
      prompted++;
      assert.ok(PRECONDITIONS.mayStart(line, PRECONDITIONS.promptStart), `prompt ruled out by its first character: ${JSON.stringify(line)}`);
    }
    assert.ok(prompted > 0);
    const [hcl, hclBit] = PRECONDITIONS.hclStart;
    let hclLines = 0;
    for (const line of lines.filter(l => hcl.test(l))) {
      hclLines++;
      assert.ok(PRECONDITIONS.mayStart(line, hclBit), `${JSON.stringify(line)} starts an HCL block but is ruled out`);
    }
    assert.ok(hclLines > 0);
  });

  it('a pattern ending at a line end is found at the very end of a sample and before each kind of line end', () => {
    for (const end of ['', '\n', '\r\n', '\u2028', '\u2029']) {
      // Ruby only by its `end` line (2) and `def` line (1): without the line end after the sample, too weak.
      assert.equal(detectLanguage(`def call\n  run\nend${end}`).lang, 'ruby', JSON.stringify(end));
    }
  });
});
