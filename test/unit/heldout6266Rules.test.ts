// General rules added for what the blind held-out sets 62–66 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, lang } from './ruleSamples';

describe('held-out 62–66 rules: languages', () => {
  it('reads TOML whose keys are quoted ("memory.available" = "5%") as TOML', () => {
    assert.equal(lang(['[limits]', 'max-conns = 512', '', '[limits.thresholds]', '"disk.free" = "8%"', '"inodes.free" = "5%"', '"swap.used" = "40%"']), 'toml');
    // A JSON object's members are no TOML pairs.
    assert.equal(lang(['{', '  "disk.free": "8%",', '  "inodes.free": "5%"', '}']), 'json');
  });

  it('reads a typed local made with new, and Foo.class.getName(), as Java', () => {
    assert.equal(lang(['Properties config = new Properties();', 'config.put(ConsumerConfig.GROUP_ID_CONFIG, "billing");',
      'config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());']), 'java');
    // JavaScript names no type before the variable.
    assert.equal(lang(['const config = new Map();', 'config.set("group", "billing");', 'console.log(config.size);']), 'javascript');
  });
});

describe('held-out 62–66 rules: code blocks', () => {
  it('ends a settings file at a "//" comment naming the next file', () => {
    assert.deepEqual(blocks([
      'The manifest and the entry point:',
      '',
      '[package]',
      'name = "thumbs"',
      'edition = "2021"',
      '',
      '[dependencies]',
      'image = { version = "0.25", default-features = false }',
      '',
      '// src/main.rs',
      'use image::ImageReader;',
      '',
      'fn main() {',
      '    let img = ImageReader::open("in.png").unwrap().decode().unwrap();',
      '    img.thumbnail(128, 128).save("out.png").unwrap();',
      '}',
      '',
      'Build it with cargo.',
    ]).map(([first, last]) => [first, last]), [[3, 8], [10, 16]]);
    // A "//" comment inside code goes on with it.
    assert.deepEqual(blocks(['The loop:', '', 'fn main() {', '    let n = 3;', '', '// src/util.rs is not needed here', '    println!("{n}");', '}', '', 'Done.'])
      .map(([first, last]) => [first, last]), [[3, 8]]);
  });

  it('takes log lines stamped with an ISO moment and no level as code', () => {
    assert.deepEqual(blocks([
      'Each worker writes its progress to the log group. One stream reads like',
      '',
      '2025-09-02T07:40:11.204Z fetching manifest s3://amzn-s3-demo-bucket/batches/0042.json',
      '2025-09-02T07:40:12.880Z resized 1200 of 1200 images in 1.6 s',
      '2025-09-02T07:40:13.015Z wrote thumbnails to s3://amzn-s3-demo-bucket/thumbs/0042/',
      '',
      'The other streams look the same.',
    ]).map(([first, last]) => [first, last]), [[3, 5]]);
    // A sentence that opens with a date is prose.
    assert.deepEqual(blocks(['The outage:', '', '2025-09-02 was the day the old bucket policy expired, and every upload failed for an hour.', '', 'It was fixed.']), []);
  });

  it('leaves a bullet listing the tools a reader needs as prose', () => {
    assert.deepEqual(blocks(['You need:', '', '  • An AWS account', '  • terraform 1.9 or later, kubectl, and jq', '  • Docker', '', 'Then start.']), []);
    // A bullet that is a whole command is a box on the item.
    assert.deepEqual(blocks(['Steps:', '', '  1. kubectl apply -f rollout.yaml', '  2. Wait for the pods', '', 'Then check.']).map(([first, last]) => [first, last]), [[3, 3]]);
  });

  it('takes a short paragraph a lead-in says a program prints "…the following:" as output', () => {
    assert.deepEqual(blocks(['def report(run):', '    print(f"Run {run.id} finished in {run.ms} ms")', '', 'A nightly run prints the following:', '',
      'Run 7d1e finished in 5210 ms', 'Rows written: 118 204', '', 'That is all.']).map(([first, last]) => [first, last]), [[1, 2], [6, 7]]);
    assert.deepEqual(blocks(['The message you are most likely to see is the following:', '', 'Run deploy-action@v2', 'Uploading artifact',
      'Error: Could not reach the registry at registry.example.com within 30 seconds.', '', 'It means the runner has no route.']).map(([first, last]) => [first, last]), [[3, 5]]);
    // Two sentences under such a lead-in are prose.
    assert.deepEqual(blocks(['The message says the following:', '', 'Your build failed because the registry could not be reached.', 'Please try again later.', '', 'We did.']), []);
  });
});

