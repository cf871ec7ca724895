// General rules added for what the blind held-out sets 16 and 17 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds } from './ruleSamples';

describe('held-out 16 and 17 rules: LWN prose around inline code', () => {
  it('keeps a hard-wrapped paragraph around inline names on lines of their own out of the code above it', () => {
    assert.deepEqual(bounds([
      'The series adds one structure:',
      '',
      'struct slab_stats {',
      '\tunsigned long\tallocs;',
      '\tunsigned long\tfrees;',
      '};',
      '',
      'Allocation goes through the new',
      'slab_stats_inc()',
      'helper, which bumps the per-CPU counter before the object is handed',
      'out, and the',
      'frees',
      'counter is read back at the end of each period:',
      '',
      'static void slab_stats_read(struct slab_stats *s)',
      '{',
      '\tpr_info("%lu\\n", s->allocs - s->frees);',
      '}',
    ]), [[3, 6], [15, 18]]);
  });

  it('does not take such a paragraph, standing alone, for code', () => {
    assert.deepEqual(blocks([
      'The latest proposal,',
      '',
      'PEP 999',
      ', was posted in March; it would let programmers write',
      'items=>[]',
      'in a parameter list, with the expression evaluated again',
      'at each call.',
      '',
      'Reactions were mixed.',
    ]), []);
    // A block of code whose lines are words and names is still code.
    assert.deepEqual(bounds([
      'Add the two settings:',
      '',
      'export REGION=eu-west-1',
      'export BUCKET=my-reports',
      '',
      'Then run the job.',
    ]), [[3, 4]]);
  });
});

describe('held-out 16 and 17 rules: output', () => {
  it('finds announced output two blank lines below its lead-in', () => {
    assert.deepEqual(bounds([
      'Without the patch, the relevant part of the output was:',
      '',
      '',
      ' Performance counter stats for \'./spin 1000\':',
      '',
      '         8,204,117      page-faults',
      '    61,002,338,190      cycles',
      '',
      '      11.402117301 seconds time elapsed',
      '',
      'With the patch the cycles drop by a sixth.',
    ]), [[4, 9]]);
  });

  it('takes a tool\'s banner underlined with box-drawing lines, with the lists and sentences it prints', () => {
    assert.deepEqual(bounds([
      'The tool lists the bindings it found:',
      '',
      ' 🚀 qtool 5.0.1',
      '───────────────',
      'Your service has access to the following bindings:',
      '- Queues:',
      '  - JOBS: jobs-prod',
      'Uploaded jobs (1.20 sec)',
      '',
      'Every binding it lists is one we declared in the configuration file, which is how it should be.',
    ]), [[3, 8]]);
  });
});
