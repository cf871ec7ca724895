// General rules added for what blind held-out sets 99–101 missed at first sight. Each rule is checked on text of its
// own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { promptOf } from '../../src/core/prompts';
import { blocks, lang } from './ruleSamples';

describe('held-out 99–101 rules', () => {
  it('finds what a program printed, indented under a lead-in at the margin (LWN), but not an indented quotation', () => {
    const found = blocks(['The check lists every file that would clash:', '', '    /bin/ls: ok (target /usr/bin/ls does not exist)', '    /bin/sh: CONFLICT: /usr/bin/sh differs',
      '    1 conflict found', '', 'Resolving it took an afternoon.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 5]], JSON.stringify(found));
    const quote = blocks(['As the maintainer put it:', '', '    I do not think we should break the users who', '    depend on the old layout, not in this cycle', '', 'Nobody disagreed.']);
    assert.deepEqual(quote, [], JSON.stringify(quote));
  });

  it('finds diagnostics at a place in a file (`path:line:column: message`), however their messages read', () => {
    const found = blocks(['The linter names both problems:', '', 'api/v1/order.proto:12:3:Field "4" with name "total" changed type from "int32" to "int64".',
      'api/v1/order.proto:9:1:Previously present field "7" with name "note" was deleted without reserving it.', '', 'Both are easy to fix.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 4]], JSON.stringify(found));
  });

  it('keeps LWN prose that sets a C type (`struct list_head`) on a line of its own as prose', () => {
    const found = blocks(['Objects that link to themselves cannot move; a', '', 'struct hlist_node', 'keeps a pointer to the pointer that refers to it, so the', 'node can be removed without walking the list, which is the whole', 'point of the structure in hash tables that the kernel uses widely.', '', 'The next part.']);
    assert.deepEqual(found, [], JSON.stringify(found));
  });

  it('knows the Trino and Presto prompts, with MySQL-style continuation lines, and reads the session as SQL', () => {
    assert.equal(promptOf('trino:sales> SELECT 1;'), 'trino:sales> ');
    assert.equal(promptOf('presto> SHOW CATALOGS;'), 'presto> ');
    assert.equal(lang(['trino:sales> SELECT region, count(*) AS orders', '           -> FROM orders', '           -> GROUP BY region;', ' region | orders', '--------+--------', ' eu     |    412', '(1 row)']), 'sql');
  });

  it('reads C at the margin by its calls and flags (`open(…, O_RDWR)`, `strlen(…)`, `struct pollfd fds;`)', () => {
    assert.equal(lang(['struct pollfd fds;', 'int fd;', '', 'fd = open("/sys/fs/cgroup/app/memory.pressure", O_RDWR | O_NONBLOCK);', 'write(fd, trigger, strlen(trigger) + 1);']), 'c');
  });

  it('reads C# by its constructor chaining (`: base(…)`) and `protected override`, not as Java', () => {
    assert.equal(lang(['public class ShopContext : DbContext', '{', '    public ShopContext(DbContextOptions<ShopContext> options) : base(options) { }', '',
      '    protected override void OnModelCreating(ModelBuilder builder)', '    {', '        builder.HasDefaultSchema("shop");', '    }', '}']), 'csharp');
    // Java's abstract classes stay Java.
    assert.equal(lang(['public abstract class Shape {', '    public abstract double area();', '', '    @Override', '    public String toString() {', '        return "Shape(" + area() + ")";', '    }', '}']), 'java');
  });

  it('finds IPv6 addresses a tool printed one per line', () => {
    const found = blocks(['One address per zone:', '', '2001:db8:10:a::17', '2001:db8:10:b::2c', '', 'Check the client address next.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 4]], JSON.stringify(found));
  });
});
