// General rules added for what the blind held-out sets 62–66 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { lang } from './ruleSamples';

describe('held-out 62–66 rules: languages', () => {
  it('reads TOML whose keys are quoted ("memory.available" = "5%") as TOML', () => {
    assert.equal(lang(['[limits]', 'max-conns = 512', '', '[limits.thresholds]', '"disk.free" = "8%"', '"inodes.free" = "5%"', '"swap.used" = "40%"']), 'toml');
    // A JSON object's members are no TOML pairs.
    assert.equal(lang(['{', '  "disk.free": "8%",', '  "inodes.free": "5%"', '}']), 'json');
  });
});
