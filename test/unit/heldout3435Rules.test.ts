// General rules added for what the blind held-out sets 34 and 35 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { dropColumns } from '../../src/core/text';
import { bounds, lang, post } from './ruleSamples';

describe('held-out 35 rules: code blocks', () => {
  it('leaves LWN\'s inline names in running prose, whether the sentence goes on in lower case or with a comma', () => {
    assert.deepEqual(bounds([
      'When a reader reaches the marker page left by the previous operation,',
      '',
      'ondemand_readahead()',
      'doubles the window, up to the limit set by the',
      'max_sectors_kb',
      'attribute of the device, which suits one stream reading a large file well.',
    ]), []);
    assert.deepEqual(bounds([
      'Today a service manager must watch a file for changes. A new system call, called',
      '',
      'cgroup_notify()',
      ', would instead return a descriptor from which fixed-size event records can be read.',
    ]), []);
    assert.deepEqual(bounds(['A service manager needs little more than a loop around it.', '', 'The file descriptor that the call returns also works with', 'poll()', 'and', 'epoll',
      ', of course, which is where most users will put it.']), []);
  });

  it('keeps the text of tab-indented code whole when it strips the indentation', () => {
    const block = post(['The loop:', '', '\tint fd = open_events(dir, 0);', '\twhile (read(fd, &ev, sizeof(ev)) == sizeof(ev))', '\t\thandle(&ev);', '', 'That is all.']).codeBlocks[0];
    assert.equal(block.code, 'int fd = open_events(dir, 0);\nwhile (read(fd, &ev, sizeof(ev)) == sizeof(ev))\n\thandle(&ev);');
    assert.equal(dropColumns('\t\tx', 4), '\tx');
    assert.equal(dropColumns('\tx', 2), '  x');
    assert.equal(dropColumns('    x', 2), '  x');
  });
});

describe('held-out 34 rules: code blocks', () => {
  it('takes what terraform plan printed over its paragraphs as one box', () => {
    assert.deepEqual(bounds([
      'Run the plan:',
      '',
      'terraform plan -out=tf.plan',
      '',
      'aws_s3_bucket.logs: Refreshing state... [id=shop-logs]',
      '',
      'Terraform will perform the following actions:',
      '',
      '  # aws_s3_bucket.logs will be updated in-place',
      '  ~ resource "aws_s3_bucket" "logs" {',
      '    }',
      '',
      'Plan: 0 to add, 1 to change, 0 to destroy.',
      '',
      'Saved the plan to: tf.plan',
      '',
      'Apply it when the review is done.',
    ]), [[3, 3], [5, 15]]);
    // A line that only names a resource's state in prose is no plan.
    assert.deepEqual(bounds(['The state file lists aws_s3_bucket.logs: Refreshing state is what Terraform does first.', '', 'That is all.']), []);
  });
});

describe('held-out 35 rules: languages', () => {
  it('names C by an address taken in a call', () => {
    assert.equal(lang(['if (atomic_read(&counts->users) >= READ_ONCE(max_users)) {', '\treturn -EBUSY;', '}']), 'c');
    assert.equal(lang(['if (count(items) >= limit) {', '  return -1;', '}']), 'javascript');
  });

  it('names a Markdown skeleton Markdown, its "# <Title>" no root prompt', () => {
    assert.equal(lang(['# <Title of the proposal>', '', '## Context', '## Decision', '## Open questions']), 'markdown');
    assert.equal(lang(['# systemctl restart nginx', '# systemctl status nginx']), 'shellscript');
  });
});
