// General rules added for what blind held-out sets 94 and 95 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, lang, rowNames } from './ruleSamples';

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

  it('ends code set off by indentation at a lead-in at the margin, so what the program printed is a box of its own', () => {
    const found = blocks(['Compiling it is the usual affair:', '', '    $ cc -O2 -o probe probe.c', '    $ ./probe', '', 'The program prints:', '',
      '    probe: region locked', '    write: Permission denied', '    exit status 1', '', 'That is what the patch promises.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 4], [8, 10]], JSON.stringify(found));
    // Code at the margin after a blank line goes on as before (a second function of the same file).
    const margin = blocks(['The helper:', '', '    static int twice(int x)', '    {', '    \treturn 2 * x;', '    }', '', '    static int thrice(int x)', '    {', '    \treturn 3 * x;', '    }', '', 'Nothing more.']);
    assert.deepEqual(margin.map(([first, last]) => [first, last]), [[3, 11]], JSON.stringify(margin));
  });

  it('keeps a header and its source file (`/* x.h */`, `/* x.c */`) shown back to back in one box', () => {
    const found = blocks(['Two files:', '', '/* ring.h */', '#include <stddef.h>', '', 'int ring_push(int v);', '', '/* ring.c */', '#include "ring.h"', '',
      'int ring_push(int v)', '{', '\treturn v;', '}', '', 'That is all.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 14]], JSON.stringify(found));    // Two files of one language under their names (Terraform and its variables) are one box too.
    const terraform = blocks(['The module:', '', '# main.tf', 'variable "region" {', '  type = string', '}', '', '# prod.tfvars', 'region = "eu-west-1"', '', 'Apply it.']);
    assert.deepEqual(terraform.map(([first, last]) => [first, last]), [[3, 9]], JSON.stringify(terraform));
  });

  it('reads C at the margin and C++ classes by their own marks', () => {
    assert.equal(lang(['int fd = open("/dev/ring", O_RDWR);', 'union ring_attr attr = {};', '', 'attr.size = sizeof(attr);', 'int ret = ioctl(fd, RING_SETUP, &attr);']), 'c');
    assert.equal(lang(['static PyMethodDef ring_methods[] = {', '    {"push", ring_push, METH_VARARGS, NULL},', '    {NULL, NULL, 0, NULL}', '};']), 'c');
    assert.equal(lang(['// Ring.h', '#pragma once', '#include "Base.h"', '', 'class Ring : public Base', '{', 'public:', '    virtual void Push(int Value) override;', '};']), 'cpp');
    // A C header stays C.
    assert.equal(lang(['// ring.h', '#pragma once', '#include <stddef.h>', '', 'int ring_push(int v);', 'size_t ring_len(void);']), 'c');
  });

  it('finds a Kconfig entry (`config NAME` over its tab-indented attributes)', () => {
    const found = blocks(['The option is off by default:', '', 'config RING_STATS', '\tbool "Count ring overflows"', '\tdepends on RING', '\tdefault n', '', 'It costs little.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 6]], JSON.stringify(found));
  });

  it('does not take a wrapped prose line that starts with "import" and ends with ":" for an import', () => {
    const found = blocks(['For users who want to try it, an environment variable makes every', 'import lazy:', '', '    RING_LAZY=all python3 -m ringtool --help', '', 'That is for testing only.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[4, 4]], JSON.stringify(found));
  });

  it('takes a program run by its path in a `bin/` folder for a command', () => {
    const found = blocks(['  1. Build it:', '    make -j8', '  2. Check the build:', "    /opt/ring/bin/ringd --version --verbose", '  3. Done.']);
    assert.ok(found.some(([first, last, language]) => first === 4 && last === 4 && language === 'shellscript'), JSON.stringify(found));
  });

  it('reads systemd settings reset with an empty value (`OnCalendar=`) as INI', () => {
    assert.equal(lang(['# /etc/systemd/system/ring.timer.d/night.conf', '[Timer]', 'OnCalendar=', 'OnCalendar=*-*-* 02:00:00']), 'ini');
  });

  it('takes a lead-in that ends with "reports:" for what a program printed', () => {
    const found = blocks(['Installed packages can be checked:', '', '    $ ringctl verify ring-tools', '', 'which reports:', '', '    Verifying 1 package...', '    ring-tools-1.2-1.x86_64  signed  OK', '    1 package verified, 0 failed.', '', 'Good.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 3], [7, 9]], JSON.stringify(found));
  });

  it('takes a header that names its columns by counts ("1 worker", "4 workers") over timings', () => {
    assert.deepEqual(rowNames(['On the test machine:', '', ...cells('Runtime', '1 worker', '4 workers', '2.4 (stock build)', '31.2s', '30.8s', '2.5 (no lock)', '33.0s', '9.1s', '2.3 (no lock)', '38.6s', '12.2s'),
      'The lock costs the most.']), [['Runtime', '2.4 (stock build)', '2.5 (no lock)', '2.3 (no lock)']]);
    // Sizes that repeat their unit in every row are a row of values, not a header.
    assert.deepEqual(rowNames(['Sizes:', '', ...cells('Small', '2 vCPU', '4 GiB', 'Medium', '4 vCPU', '8 GiB', 'Large', '8 vCPU', '16 GiB'), 'Pick one.']), [['Small', 'Medium', 'Large']]);
  });
});
