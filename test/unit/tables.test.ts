// Flattened tables (one cell per paragraph) rebuilt into rows, and short paragraphs that must stay paragraphs.
import * as assert from 'node:assert/strict';
import { parseText } from '../../src/core/parse';
import type { BodyBlock } from '../../src/core/model';

function bodyOf(paragraphs: readonly string[]): BodyBlock[] {
  const dump = ['A post about tables', '', 'Post Syndicated from Test Writer original https://example.com/tables', '', ...paragraphs.flatMap(p => [p, ''])];
  return parseText(dump.join('\n'), 'tables.txt').posts[0].body;
}

function rowsOf(body: readonly BodyBlock[]): string[][][] {
  return body.flatMap(b => (b.type === 'table' ? [b.rows] : []));
}

function tableOf(body: readonly BodyBlock[]): Extract<BodyBlock, { type: 'table' }> {
  const table = body.find(b => b.type === 'table');
  assert.ok(table && table.type === 'table', 'a table');
  return table;
}

const INTRO = 'We compared the three options for a week, and this is how they differ:';
const OUTRO = 'In the end we kept the second option for most teams.';

describe('flattened tables', () => {
  it('rebuilds a table of words whose columns share their words', () => {
    const body = bodyOf([INTRO, 'Check', 'Runs in', 'Owned by', 'Lint', 'Every pull request', 'Platform team',
      'Unit tests', 'Every pull request', 'Product team', 'Load test', 'Nightly build', 'Performance team', OUTRO]);
    assert.deepEqual(rowsOf(body), [[
      ['Check', 'Runs in', 'Owned by'], ['Lint', 'Every pull request', 'Platform team'],
      ['Unit tests', 'Every pull request', 'Product team'], ['Load test', 'Nightly build', 'Performance team'],
    ]]);
  });

  it('rebuilds a yes/no comparison introduced by a colon', () => {
    const body = bodyOf([INTRO, 'Tool', 'Needs an account', 'Works offline', 'Notes app', 'No', 'Yes',
      'Cloud editor', 'Yes', 'No', 'Desktop editor', 'No', 'Yes', OUTRO]);
    assert.equal(rowsOf(body).length, 1);
    assert.deepEqual(rowsOf(body)[0][0], ['Tool', 'Needs an account', 'Works offline']);
    assert.equal(rowsOf(body)[0].length, 4);
  });

  it('rebuilds a specification table with no header row, a heading above it left out', () => {
    const body = bodyOf(['The board is small but capable.', 'Specifications', 'Cores', '4', 'Clock', '2.4 GHz', 'Memory', '8 GB',
      'Storage', '64 GB', 'Next steps', 'We will test it with a camera next week.']);
    assert.deepEqual(rowsOf(body), [[['Cores', '4'], ['Clock', '2.4 GHz'], ['Memory', '8 GB'], ['Storage', '64 GB']]]);
    assert.ok(body.some(b => b.type === 'heading' && b.text === 'Specifications'));
    assert.equal(tableOf(body).header, false, 'every row is a record: no header row');
  });

  it('says a table with a header row has one (the field is left out)', () => {
    const body = bodyOf([INTRO, 'Check', 'Runs in', 'Owned by', 'Lint', 'Every pull request', 'Platform team',
      'Unit tests', 'Every pull request', 'Product team', 'Load test', 'Nightly build', 'Performance team', OUTRO]);
    assert.equal('header' in tableOf(body), false);
  });

  it('keeps a heading before a table of words out of its header row', () => {
    const body = bodyOf(['The votes were counted on Monday.', 'What the groups said', 'Group', 'Vote', 'Reason',
      'First group', 'For', 'It is needed now', 'Second group', 'Against', 'It costs too much', 'Third group', 'Abstained', 'More study first']);
    assert.deepEqual(rowsOf(body)[0]?.[0], ['Group', 'Vote', 'Reason']);
  });

  it('rebuilds a table with a column of one-word values, its names column mixed, between two headings', () => {
    const body = bodyOf(['The bill passed on Thursday.', 'What each side says', 'Side', 'Position', 'Argument',
      'Journalists', 'Against', 'More refusals', 'The ministry', 'For', 'Less paperwork', 'Ombudsman', 'Against',
      'Room for abuse', 'What comes next', 'The law takes effect in January.']);
    assert.deepEqual(rowsOf(body), [[['Side', 'Position', 'Argument'], ['Journalists', 'Against', 'More refusals'],
      ['The ministry', 'For', 'Less paperwork'], ['Ombudsman', 'Against', 'Room for abuse']]]);
  });

  it('leaves the heading above a table with numbers out of it, when it is one cell more than the grid', () => {
    const body = bodyOf(['We ran it for a week before settling on these values.', 'Choosing the settings', 'Setting', 'Value',
      'Why', 'Workers', '8', 'One per core', 'Batch size', '500', 'Fits in memory', 'Timeout', '30 s', 'Longest job']);
    assert.deepEqual(rowsOf(body)[0]?.[0], ['Setting', 'Value', 'Why']);
  });

  it('does not take a line of two sentences for a cell', () => {
    const body = bodyOf(['Name', 'Role', 'Since', 'Alice', 'Maintainer', '2019', 'Bob', 'Reviewer', '2021',
      "That's all for this week. Comments (12 posted)"]);
    assert.deepEqual(rowsOf(body), [[['Name', 'Role', 'Since'], ['Alice', 'Maintainer', '2019'], ['Bob', 'Reviewer', '2021']]]);
  });

  it('leaves a run of names as paragraphs', () => {
    const body = bodyOf(['Thanks to everyone who reviewed this release:', 'Alice Moreau', 'Bogdan Petrov', 'Chen Wei',
      'Dana Levi', 'Emeka Obi', 'Freya Lund', 'Gustavo Reis', 'Hana Sato', OUTRO]);
    assert.deepEqual(rowsOf(body), []);
    assert.equal(body.length, 10);
  });

  it('leaves a run of headings with a common word as paragraphs', () => {
    const body = bodyOf(['The guide has six parts:', 'Part one', 'Part two', 'Part three', 'Part four', 'Part five', 'Part six', OUTRO]);
    assert.deepEqual(rowsOf(body), []);
  });

  it('leaves a list of records without a header as paragraphs ("Step 1" over "Step 2", names over titles)', () => {
    assert.deepEqual(rowsOf(bodyOf(['How it goes.', 'Step 1', 'Create a bucket', 'Step 2', 'Upload the data', 'Step 3',
      'Run the crawler', 'Step 4', 'Query the table', OUTRO])), []);
    assert.deepEqual(rowsOf(bodyOf(['Meet the team.', 'Speakers', 'Maria Lopez', 'Principal Engineer', 'Chen Wei',
      'Senior Engineer', 'Aisha Khan', 'Staff Engineer', OUTRO])), []);
  });

  it('does not take hard-wrapped lines for cells', () => {
    const wrapped = ['The figures, as the maintainer pasted them:', '', 'Region', 'Latency', 'Europe', '12 ms', 'Asia', '48 ms',
      'America', '30 ms'].join('\n');
    const dump = ['A post', '', 'Post Syndicated from Test Writer original https://example.com/wrapped', '', wrapped, ''].join('\n');
    const body = parseText(dump, 'w.txt').posts[0].body;
    assert.deepEqual(rowsOf(body), []);
  });

  it('reads Bulgarian photo captions as captions', () => {
    const body = bodyOf(['Сесията започна в десет часа сутринта.', 'Снимка: Залата на общинския съвет', 'Източник: Столична община']);
    assert.deepEqual(body.filter(b => b.type === 'caption').map(b => b.line), [7, 9]);
  });

  it('does not search a very long run of cells for a table of words', () => {
    const cells = Array.from({ length: 3000 }, (_, k) => (k % 3 === 0 ? `Service ${k}x` : k % 3 === 1 ? 'Every pull request' : 'Platform team'));
    assert.deepEqual(rowsOf(bodyOf(cells)), []);
  });
});
