// General rules added for what the blind held-out sets 41–45 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang, post } from './ruleSamples';

describe('held-out 41–45 rules: code blocks', () => {
  it("takes a YAML file's first paragraphs up to the text that announces it, with no blank line under that text", () => {
    assert.deepEqual(blocks([
      'Save this template as queue.yaml. It creates the queue and its alarm.',
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Description: A queue with an alarm on its age',
      '',
      'Parameters:',
      '  QueueName:',
      '    Type: String',
      '',
      'Resources:',
      '  Queue:',
      '    Type: AWS::SQS::Queue',
      '',
      'Deploy it with the console.',
    ]), [[2, 11, 'yaml']]);
    assert.deepEqual(bounds(['The build file comes next:', 'version: 0.2', '', 'phases:', '  build:', '    commands:', '      - make test', '', 'Push it.']), [[2, 7]]);
    // A label over prose above the document stays prose.
    assert.deepEqual(bounds(['Note: read this first', '', 'image:', '  repository: registry.example.com/ledger', '  tag: "2.4.0"', '', 'That is the image.']), [[3, 5]]);
  });

  it('keeps an SQL clause in capitals under a closing parenthesis in the query', () => {
    assert.deepEqual(bounds([
      'Find the noisiest sources:',
      '',
      'SELECT srcaddr, COUNT(*) AS hits',
      'FROM flow_logs',
      "WHERE day >= date_format(current_date - interval '1' day, '%Y/%m/%d')",
      'GROUP BY srcaddr',
      'ORDER BY hits DESC',
      'LIMIT 10;',
      '',
      'The first rows are the scanners.',
    ]), [[3, 8]]);
  });

  it('ends a command given a quoted pattern at the blank line before what it printed', () => {
    assert.deepEqual(bounds(['Check the sessions:', '', "birdc show protocols 'peer_*'", '', 'BIRD 2.14 ready.', 'Name     Proto  State  Info', 'peer_v4  BGP    up     Established', '', 'Both are up.']),
      [[3, 3], [5, 7]]);
  });

  it("ends a deploy command at the blank line before its status lines, indented by a space", () => {
    assert.deepEqual(bounds(['Deploy the stack:', '', 'npx cdk deploy QueueStack', '', ' ✅  QueueStack', '', '✨  Deployment time: 41.2s', '', 'That is it.']), [[3, 3], [5, 7]]);
  });

  it('ends a PowerShell cmdlet given parameters at the blank line before its output', () => {
    assert.deepEqual(blocks([
      'List the shares:',
      '',
      'Invoke-Command -ComputerName files.corp.example.com -ScriptBlock { Get-SmbShare }',
      '',
      'Name      : Finance',
      'Path      : D:\\share\\Finance',
      '',
      'Only one share is left.',
    ]), [[3, 3, 'powershell'], [5, 6, 'plaintext']]);
  });

  it('takes a Windows program given drive paths and switches as a PowerShell command', () => {
    assert.deepEqual(blocks(['Copy the share:', '', 'robocopy D:\\Shares\\Sales Z:\\Sales /MIR /MT:16 /R:1', '', 'It keeps the ACLs.']), [[3, 3, 'powershell']]);
    // A path with a slash in prose is no command.
    assert.deepEqual(bounds(['Copy the share:', '', 'copy over D:\\Shares and keep /ACLS as they are, then check the logs', '', 'It keeps the ACLs.']), []);
  });
});

describe('held-out 41–45 rules: glued commands and reports', () => {
  it("splits any tool's command with options off the end of a sentence", () => {
    const block = post(['Check the inventory before you go on:ansible-inventory -i hosts.aws_ec2.yml --graph', '', 'It lists every group.']).codeBlocks[0];
    assert.equal(block.code, 'ansible-inventory -i hosts.aws_ec2.yml --graph');
    // A colon before an ordinary word and a dash is prose.
    assert.deepEqual(bounds(['The rule is simple:always keep one spare - never two', '', 'That is all.']), []);
  });

  it("ends a command at the blank line before a report that opens with a data file's name", () => {
    assert.deepEqual(bounds(['Validate the template:', '', 'policy-check validate --data stack.json --rules tags.rules', '', 'stack.json Status = FAIL',
      'FAILED rules', 'tags.rules/owner_tag_present    FAIL', '', 'Add the tag and run it again.']), [[3, 3], [5, 7]]);
  });
});

describe('held-out 41–45 rules: languages', () => {
  it("tells Java by an SDK request builder and by a checked exception", () => {
    assert.equal(lang(['sqsClient.deleteMessage(DeleteMessageRequest.builder()', '        .queueUrl(queueUrl)', '        .receiptHandle(handle)', '        .build());']), 'java');
    assert.equal(lang(['public void archive(Order order) throws IOException {', '    String json = mapper.writeValueAsString(order);', '    store.put(order.id(), json);', '}']), 'java');
  });

  it('marks a Java CDK app that builds its stacks from StackProps as CDK', () => {
    assert.deepEqual(guess(['public class ReportsApp {', '    public static void main(final String[] args) {', '        App app = new App();',
      '        new Stack(app, "Reports", StackProps.builder().build());', '        app.synth();', '    }', '}']), { lang: 'java', kind: 'cdk' });
  });

  it('tells C# by an async override taking a cancellation token', () => {
    assert.equal(lang(['protected override async Task RunAsync(CancellationToken token)', '{', '    var batch = await _queue.ReadAsync(token);', '    await HandleAsync(batch);', '}']), 'csharp');
  });

  it("reads sbt's settings as Scala", () => {
    assert.equal(lang(['ThisBuild / scalaVersion := "2.13.14"', '', 'lazy val app = (project in file("."))', '  .settings(', '    libraryDependencies += "org.typelevel" %% "cats-core" % "2.12.0"', '  )']), 'scala');
  });

  it("reads SQL under a notebook's interpreter line", () => {
    assert.equal(lang(['%flink.ssql(type=update)', 'SELECT device_id, MAX(temp) AS peak', 'FROM readings', 'GROUP BY device_id;']), 'sql');
  });

  it('reads an environment setting with a quoted value before a command as shell', () => {
    assert.deepEqual(guess(['CFLAGS="-O2 -march=native" make -j8 all']), { lang: 'shellscript', kind: 'command' });
  });

  it('reads a one-line call with keyword arguments, or a name given what a method returns, as Python', () => {
    assert.equal(lang(['led.pulse(fade_in_time=1, fade_out_time=1)']), 'python');
    assert.equal(lang(['orders = spark.read.parquet("s3://amzn-s3-demo-bucket/orders/")']), 'python');
    assert.equal(lang(['df -h /mnt/data']), 'shellscript');
    assert.equal(lang(['retries = 3', 'timeout = 30']), 'toml');
  });

  it('reads Rego and Guard policies as plain text, not Go or JavaScript', () => {
    assert.equal(lang(['package ci.tags', '', 'deny[msg] {', '    not input.resource.tags.owner', '    msg := "every resource needs an owner tag"', '}']), 'plaintext');
    assert.equal(lang(['let buckets = Resources.*[ Type == \'AWS::S3::Bucket\' ]', '', 'rule buckets_versioned when %buckets !empty {', '    %buckets.Properties.VersioningConfiguration.Status == "Enabled"', '}']), 'plaintext');
    assert.equal(lang(['package main', '', 'import "fmt"', '', 'func main() {', '\tmsg := "hello"', '\tfmt.Println(msg)', '}']), 'go');
  });
});
