// General rules added for what the blind held-out sets 28 and 29 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { bounds } from './ruleSamples';

describe('held-out 28 and 29 rules: code blocks', () => {
  it('leaves inline code set on lines of its own, blank lines around it, inside running prose', () => {
    assert.deepEqual(bounds([
      'Network drivers spend much of their time in the receive path, and the ones written in C use a pair of',
      '',
      'napi_schedule()',
      'and',
      '',
      'napi_complete_done()',
      'calls that nothing checks. A patch set posted this week proposes a',
      '',
      'napi!()',
      'macro that pairs them at compile time.',
    ]), []);
    // A command after a sentence that ended is a box, whatever follows it.
    assert.deepEqual(bounds([
      'The patch set is in linux-next, and anyone can try it with a single command on a test machine.',
      '',
      'git fetch linux-next',
      'git checkout next-20251120',
      '',
      'Reports go to the netdev list.',
    ]), [[3, 4]]);
  });
});
