// General rules added for what the blind held-out sets 30 and 31 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks } from './ruleSamples';

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
});
