// General rules added for what blind held-out sets 94 and 95 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, rowNames } from './ruleSamples';

describe('held-out 94–95 rules', () => {
  it('keeps a log whose lines start with an ISO time together, however much their messages read like sentences', () => {
    const found = blocks(['The service events show the rollback:', '', '2025-06-02T08:10:11Z (service orders) has started 2 tasks: (task 1a2b) (task 3c4d).',
      '2025-06-02T08:12:40Z (service orders) deployment failed because the alarm went off.', '2025-06-02T08:15:02Z (service orders) has reached a steady state.', '', 'That took five minutes.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 5]], JSON.stringify(found));
    // A sentence that mentions a date in words is prose.
    assert.deepEqual(blocks(['On 2 June 2025 at 08:10 the service started two tasks, and by 08:15 it had reached a steady state again.']), []);
  });

  it('keeps a table\'s last row whose one-word value has a digit (`GSI1` under rows of `Table`)', () => {
    const rows = rowNames(['Before creating the table, we listed every read.', '', ...cells('Access pattern', 'Key condition', 'Index', 'Get a member profile', 'PK = MEMBER#<member_id> and SK = PROFILE', 'Table',
      'List bookings', 'PK = MEMBER#<member_id> and begins_with(SK, BOOKING#)', 'Table', 'Get a booking', 'PK = BOOKING#<booking_id>', 'Table', 'List open bookings for a venue', 'GSI1PK = VENUE#<venue_id>#OPEN', 'GSI1'),
    'The booking sort key in the member partition starts with the booking time, so that reading it backwards returns the newest first.']);
    assert.deepEqual(rows, [['Access pattern', 'Get a member profile', 'List bookings', 'Get a booking', 'List open bookings for a venue']]);
  });
});
