// General rules added for what the blind held-out sets 30 and 31 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang } from './ruleSamples';

describe('held-out 33 rules: languages', () => {
  it('names a CDK fragment in Python by `self` passed first and by its construct modules', () => {
    assert.deepEqual(guess([
      '        pipeline.add_stage(',
      '            AppStage(self, "Staging", env=Environment(account="111122223333", region="eu-west-1"))',
      '        )',
      '        pipeline.add_stage(',
      '            AppStage(self, "Production", env=Environment(account="444455556666", region="eu-west-1")),',
      '            pre=[pipelines.ManualApprovalStep("Promote")],',
      '        )',
    ]), { lang: 'python', kind: 'cdk' });
    // JavaScript passes `this`, and a worker's `self.` is no argument.
    assert.notEqual(lang(['self.addEventListener("message", (e) => {', '  postMessage(e.data.length);', '});']), 'python');
  });
});

describe('held-out 30 and 31 rules: code blocks', () => {
  it('ends a script at its last print before the value it printed after a blank line', () => {
    assert.deepEqual(blocks([
      'Read the features back.',
      '',
      'features = store.get(keys=["a1", "b2"])',
      'print(features)',
      '',
      "{'a1': {'drivers': 412}, 'b2': {'drivers': 96}}",
      '',
      'Both cells are there.',
    ]).map(([first, last]) => [first, last]), [[3, 4], [6, 6]]);
    // A dict written after a blank line without a print above it is more of the script.
    assert.deepEqual(blocks(['Define the defaults.', '', 'import os', 'region = os.environ["AWS_REGION"]', '', "{'region': region}", '', 'That is all.'])
      .map(([first, last]) => [first, last]), [[3, 6]]);
  });

  it('keeps a Python script whole when settings follow its imports after a blank line', () => {
    assert.deepEqual(bounds(['The notebook connects like this:', '', 'import boto3', 'from opensearchpy import OpenSearch', '', 'region = "us-east-1"', 'host = "search-demo.us-east-1.es.amazonaws.com"',
      'client = OpenSearch(hosts=[{"host": host, "port": 443}])', '', 'It signs every request.']), [[3, 8]]);
  });

  it('keeps an Iceberg table\'s USING and PARTITIONED BY clauses with its CREATE TABLE', () => {
    assert.deepEqual(bounds(['Create the table:', '', 'CREATE TABLE lake.orders (', '    order_id bigint,', '    updated_at timestamp', ')', 'USING iceberg',
      'PARTITIONED BY (days(updated_at));', '', 'The table is ready.']), [[3, 8]]);
  });

  it('names a PySpark session builder Python', () => {
    assert.equal(lang(['from pyspark.sql import SparkSession', '', 'spark = (', '    SparkSession.builder.appName("merge")', '    .config("spark.sql.catalog.lake", "org.apache.iceberg.spark.SparkCatalog")',
      '    .getOrCreate()', ')']), 'python');
  });

  it('takes cdk-nag\'s findings, and output under an "Expected output" heading', () => {
    assert.deepEqual(bounds([
      'The output looked like this:',
      '',
      '[Error at /IngestStack/RawBucket/Resource] AwsSolutions-S1: The bucket does not write server access logs.',
      '',
      '[Error at /IngestStack/Loader/Resource] AwsSolutions-IAM5: The policy uses a wildcard action and has no reason.',
      '',
      '[Warning at /IngestStack/Queue/Resource] AwsSolutions-SQS3: The queue has no dead-letter queue of its own.',
      '',
      'Fix each finding before you deploy the stack to production.',
    ]), [[3, 7]]);
    assert.deepEqual(bounds(['Expected output', '', '0.9120  SKU-2291  Waterproof trail runner', '0.6874  SKU-1840  Lightweight hiking shoe', '', 'The first result matches both.']), [[3, 4]]);
    // Under another heading, the lines are left to the usual rules.
    assert.deepEqual(bounds(['Results', '', 'Waterproof trail runner', 'Lightweight hiking shoe', '', 'The first result matches both.']), []);
  });
});
