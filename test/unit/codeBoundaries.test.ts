// Where unfenced code starts and ends, for shapes the second held-out set showed: each rule on text of its own,
// with the prose it must leave alone.
import * as assert from 'node:assert/strict';
import { parseText } from '../../src/core/parse';

function blocksOf(body: readonly string[]): Array<[number, number, string, string | null]> {
  const dump = ['A post', '', 'Post Syndicated from Test Writer original https://example.com/boundaries', '', ...body];
  return parseText(dump.join('\n'), 'b.txt').posts[0].codeBlocks.map(b => [b.startLine, b.endLine, b.lang, b.kind]);
}

describe('code block boundaries', () => {
  it('keeps a sentence with code glued to its end out of the block above it', () => {
    assert.deepEqual(blocksOf([
      'Create the schema first, then run:',
      'CREATE SCHEMA sales;',
      '',
      'To check that it exists, query the catalog:SELECT schema_name FROM information_schema.schemata;',
    ]), [[6, 6, 'sql', null], [8, 8, 'sql', null]]);
  });

  it('splits markup from a stylesheet after a blank line, but not PHP with blank lines', () => {
    assert.deepEqual(blocksOf([
      'The page and its styles:',
      '',
      '<ul class="menu">',
      '  <li><a href="/">Home</a></li>',
      '</ul>',
      '',
      '.menu {',
      '  display: flex;',
      '}',
      '',
      'And the handler:',
      '',
      '<?php',
      '',
      'function menu_items(): array {',
      '    return ["Home" => "/"];',
      '}',
    ]), [[7, 9, 'html', null], [11, 13, 'css', null], [17, 21, 'php', null]]);
  });

  it('takes a lone command line of an unknown tool after a lead-in ending with a colon', () => {
    assert.deepEqual(blocksOf([
      'Fetch the archive with the vendor tool:',
      '',
      'acmectl fetch --release 4.2 ./downloads',
      '',
      'Then read the notes that come with it.',
    ]), [[7, 7, 'shellscript', 'command']]);
  });

  it('leaves a lower-case line of words after a colon as prose', () => {
    assert.deepEqual(blocksOf([
      'The motto of the team was simple:',
      '',
      'ship small and ship often',
      '',
      'It worked for years.',
    ]), []);
  });

  it('finds YAML whose lists hold commands', () => {
    assert.deepEqual(blocksOf([
      'The build runs from this file:',
      '',
      'version: 0.2',
      'phases:',
      '  build:',
      '    commands:',
      '      - make test',
      '      - make package',
      '',
      'That is all it needs.',
    ]), [[7, 12, 'yaml', null]]);
  });

  it('keeps a session under a list item whole: its tool header, its output and its summary line', () => {
    assert.deepEqual(blocksOf([
      '  1. Check what would change:',
      '    $ tool plan',
      '    Reading state... done',
      '',
      '    The tool will make these changes:',
      '',
      '      + widget "front" {',
      '          + size = 3',
      '        }',
      '',
      '    Plan: 1 to add, 0 to change, 0 to destroy.',
      '  2. Apply it.',
    ]), [[6, 15, 'shellscript', 'command']]);
  });

  it('takes lines right under a list item that ends with a colon for its output, even when they read like prose', () => {
    assert.deepEqual(blocksOf([
      'When the import finishes you will see:',
      '',
      '  • A summary line:',
      'Loaded catalogue data for shard 0',
      'Loaded catalogue data for shard 1',
      '  • A new index in the console.',
    ]), [[8, 9, 'plaintext', null]]);
  });

  it('leaves a paragraph after such a list item, past a blank line, as prose', () => {
    assert.deepEqual(blocksOf([
      '  • What you need before you start:',
      '',
      'An account with permission to create buckets and a recent version of the CLI.',
    ]), []);
  });

  it('takes the one paragraph after a lead-in announcing a message like the following', () => {
    assert.deepEqual(blocksOf([
      'If the token has expired, an error message similar to the following appears:',
      '',
      'The security token included in the request is expired.',
      '',
      'Request a new token and try again.',
    ]), [[7, 7, 'plaintext', 'output']]);
  });

  it('leaves the paragraph after other lead-ins with a colon as prose', () => {
    assert.deepEqual(blocksOf([
      'The migration has three steps, described in the following sections:',
      '',
      'First we copy the data, then we switch the readers, and last the writers.',
    ]), []);
  });

  it('finds a piped log query whose stages start with "|"', () => {
    assert.deepEqual(blocksOf([
      'To find the slowest requests of the last hour, run this query in the console:',
      '',
      'fields @timestamp, @duration',
      '| sort @duration desc',
      '| limit 20',
      '',
      'The slowest ones were all cold starts.',
    ]), [[7, 9, 'plaintext', 'output']]);
  });
});
