// General rules added for what the blind held-out sets 18 and 19 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang } from './ruleSamples';

describe('held-out 18 and 19 rules: output', () => {
  it('keeps aligned `Key:   value` output in one block: such a line is no heading', () => {
    assert.deepEqual(bounds([
      'The drive reported:',
      '',
      '=== START OF SMART DATA SECTION ===',
      'Health Information (Log 0x02)',
      'Critical Warning:                   0x00',
      'Temperature:                        44 Celsius',
      'Data Units Read:                    1,204,551 [616 GB]',
      'Host Read Commands:                 9,112,004',
      'Power Cycles:                       8',
      '',
      'That is a healthy drive.',
    ]), [[3, 9]]);
  });

  it('takes numbered lines with aligned columns after "prints:" as output, not a list', () => {
    assert.deepEqual(blocks([
      'Running it prints:',
      '',
      '1. Hazel    31 pts',
      '2. Rowan    22 pts',
      '3. Tamsin   17 pts',
      '',
      'The ranking is stable across runs.',
    ]).map(([first, last]) => [first, last]), [[3, 5]]);
    assert.deepEqual(blocks(['Running it has three steps:', '', '1. Build the image.', '2. Push it to the registry.', '3. Restart the service.']), []);
  });

  it('takes the protocol headers a lead-in asks for, and names readings printed as pairs output', () => {
    assert.deepEqual(bounds([
      'Your server has to send both headers:',
      '',
      'Cross-Origin-Opener-Policy: same-origin',
      'Cross-Origin-Embedder-Policy: require-corp',
      '',
      'Then reload the page.',
    ]), [[3, 4]]);
    assert.deepEqual(guess(['north: moisture=12% raw=48110', 'south: moisture=71.5% raw=24002']), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['north:', '  moisture: 12', 'south:', '  moisture: 71']), 'yaml');
  });
});

describe('held-out 18 and 19 rules: files and captions', () => {
  it('splits files set under their names ("index.html", "popover.css") after a lead-in', () => {
    assert.deepEqual(blocks([
      'Here is all the markup and styling you need:',
      '',
      'index.html',
      '',
      '<dialog id="prefs" closedby="any">',
      '  <p>Preferences</p>',
      '</dialog>',
      '',
      'dialog.css',
      '',
      'dialog {',
      '  padding: 1rem;',
      '}',
      '',
      'That is all it takes.',
    ]), [[5, 7, 'html'], [11, 13, 'css']]);
  });
});

describe('held-out 18 and 19 rules: commands and languages', () => {
  it('splits off a command of more command-line tools glued after a colon', () => {
    assert.deepEqual(blocks(['Creating a private bucket is a one-liner:b2 bucket create field-archive allPrivate']), [[1, 1, 'shellscript']]);
  });

  it('names commands of one tool shell when a line is continued with a backslash', () => {
    assert.equal(lang(['lintkit scan ./src --rules=strict', 'lintkit report ./src \\', '    --format=sarif --output=lint.sarif']), 'shellscript');
  });

  it('names a compiler diagnostic output and a CodeQL query plain text', () => {
    assert.deepEqual(guess([
      'error[E0499]: cannot borrow `self.queue` as mutable more than once at a time',
      '  --> src/worker.rs:41:9',
      '   |',
      '41 |         let a = &mut self.queue;',
      '   |                 --------------- first mutable borrow occurs here',
    ]), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang([
      'import python',
      'import semmle.python.dataflow.new.DataFlow',
      '',
      'module Config implements DataFlow::ConfigSig {',
      '  predicate isSource(DataFlow::Node source) { source instanceof RemoteFlowSource }',
      '}',
    ]), 'plaintext');
    assert.equal(lang(['import json', '', 'def predicate(value):', '    return json.loads(value)["ok"]']), 'python');
  });
});
