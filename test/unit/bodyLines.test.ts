import * as assert from 'node:assert/strict';
import { bracketDelta, findCodeSpans } from '../../src/core/body/codeBlocks';
import { gluedCodeStart } from '../../src/core/body/evidence';
import { toBodyLine } from '../../src/core/body/lines';

describe('body lines', () => {
  it('gives every line the same fields, list or not (one object shape for the optimiser)', () => {
    const lines = ['', '   ', 'Plain text', '  • An item', '1. First step', '\u00a0 indented'].map(toBodyLine);
    const keys = lines.map(line => Object.keys(line).join(','));
    assert.deepEqual(new Set(keys).size, 1, keys.join(' | '));
    assert.ok(keys[0].split(',').includes('list'));
  });

  it('reads blank lines, indentation, trimmed text and list markers', () => {
    assert.deepEqual(toBodyLine(' \u00a0\t', 3), { index: 3, raw: ' \u00a0\t', blank: true, indent: 0, text: '', list: undefined });
    const item = toBodyLine('    ◦ Nested item ', 7);
    assert.equal(item.indent, 4);
    assert.equal(item.text, '◦ Nested item');
    assert.deepEqual(item.list, { ordered: false, marker: '◦', indent: 4, content: 'Nested item' });
    assert.equal(toBodyLine('7. host.example.net', 0).list, undefined, 'a traceroute hop at column 0 is no list item');
    assert.deepEqual(toBodyLine('  2. Deploy the stack', 0).list, { ordered: true, marker: '2.', indent: 2, content: 'Deploy the stack' });
  });
});

describe('gluedCodeStart', () => {
  it('finds code glued after a colon, also behind colons that a space follows', () => {
    const text = 'Note: to check it, run the following query:SELECT * FROM sales;';
    assert.equal(gluedCodeStart(text), text.indexOf('SELECT'));
    const command = 'Time: 10:30, then install it with:kubectl apply -f deploy.yaml';
    assert.equal(gluedCodeStart(command), command.indexOf('kubectl'));
    assert.equal(gluedCodeStart('Note: nothing is glued here: SELECT is a keyword.'), -1);
    assert.equal(gluedCodeStart('No colon at all'), -1);
    assert.equal(gluedCodeStart('Ends with a colon:'), -1);
  });

  it('splits off lower-case SQL only when it ends with ";" and has a symbol prose lacks', () => {
    const text = 'To see what is left, run:select count(*) from orders where status = \'open\';';
    assert.equal(gluedCodeStart(text), text.indexOf('select'));
    const insert = 'Then seed the table with:insert into regions (id, name) values (1, \'north\');';
    assert.equal(gluedCodeStart(insert), insert.indexOf('insert'));
    assert.equal(gluedCodeStart('Open the Instances menu:select the instance from the list'), -1);
    assert.equal(gluedCodeStart('Open the Instances menu:select the instance from the list;'), -1, 'no symbol of code');
    assert.equal(gluedCodeStart('In the dialog:update the name (optional) from the form'), -1, 'no closing ";"');
  });
});

describe('bracketDelta', () => {
  it('counts opening minus closing brackets', () => {
    assert.equal(bracketDelta('const x = {'), 1);
    assert.equal(bracketDelta('foo([1, 2], {'), 2);
    assert.equal(bracketDelta('})'), -2);
    assert.equal(bracketDelta('a(b)[c]{d}'), 0);
  });

  it('ignores brackets inside quotes, with escaped quotes', () => {
    assert.equal(bracketDelta('print("(unclosed")'), 0);
    assert.equal(bracketDelta("s = '{' + `[${x}` + \"\\\"(\""), 0);
    assert.equal(bracketDelta('x = "a\\"b" + f('), 1);
    assert.equal(bracketDelta('"never closed ( ['), 0);
  });
});

describe('findCodeSpans', () => {
  it('returns no spans for an empty body', () => {
    assert.deepEqual(findCodeSpans([]), []);
  });
});
