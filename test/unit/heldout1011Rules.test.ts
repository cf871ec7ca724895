// General rules added for what the blind held-out sets 10 and 11 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, guess, lang, rowNames } from './ruleSamples';

describe('held-out 10 and 11 rules: languages', () => {
  it('names Rust by a return type after an arrow, not TypeScript by its typed lets', () => {
    assert.equal(lang([
      'fn scale_to(size: (u32, u32), max_h: u32) -> (u32, u32) {',
      '    let (w, h) = size;',
      '    if h <= max_h {',
      '        return (w, h);',
      '    }',
      '    let ratio = max_h as f64 / h as f64;',
      '    ((w as f64 * ratio).round() as u32, max_h)',
      '}',
    ]), 'rust');
    assert.equal(lang(['const limit: number = Number(env.LIMIT ?? 10);', 'export default {', '  async fetch(req: Request): Promise<Response> {', '    return new Response(`limit ${limit}`);', '  },', '};']), 'typescript');
  });

  it('names C by kernel function attributes, struct pointer parameters and pointer declarations', () => {
    assert.equal(lang([
      'static __always_inline int port_ok(struct udphdr *udp, void *data_end)',
      '{',
      '\treturn (void *)(udp + 1) <= data_end && udp->dest == bpf_htons(53);',
      '}',
    ]), 'c');
    assert.equal(lang(['char *line = malloc(len + 1);', 'if (line == NULL)', '    return -ENOMEM;', 'memcpy(line, src, len);']), 'c');
  });

  it('names CDK in Java by its builders', () => {
    assert.deepEqual(guess([
      'Bucket logs = Bucket.Builder.create(this, "AccessLogs")',
      '        .enforceSsl(true)',
      '        .lifecycleRules(List.of(LifecycleRule.builder().expiration(Duration.days(90)).build()))',
      '        .build();',
    ]), { lang: 'java', kind: 'cdk' });
  });

  it('calls an HTTP response with its headers output, not YAML', () => {
    assert.deepEqual(guess([
      'HTTP/2 302',
      'date: Mon, 03 Mar 2025 08:15:00 GMT',
      'location: https://team.example.com/cdn-cgi/access/login/app.example.com?kid=7a1c',
      'cf-ray: 8f1e2d3c4b5a6978-AMS',
      'server: cloudflare',
    ]), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['content-type: text/html', 'cache: enabled', 'server: cloudflare']), 'yaml');
  });

  it('calls a Rego policy plain text (no id in the vocabulary), and leaves Go alone', () => {
    assert.deepEqual(guess([
      'package terraform.tags',
      '',
      'import rego.v1',
      '',
      'deny contains msg if {',
      '\tr := input.resource_changes[_]',
      '\tnot r.change.after.tags.owner',
      '\tmsg := sprintf("%s has no owner tag", [r.address])',
      '}',
    ]), { lang: 'plaintext', kind: null });
    assert.equal(lang(['package main', '', 'import "fmt"', '', 'func main() {', '\tmsg := "hello"', '\tfmt.Println(msg)', '}']), 'go');
  });

  it('reads several command lines of one tool no rule knows as commands, and quoted patch lines as a diff', () => {
    assert.deepEqual(guess(['tailscale up --ssh --advertise-tags=tag:ci', 'tailscale status --json']), { lang: 'shellscript', kind: 'command' });
    assert.equal(lang(['> > +\tif (!ctx->ready) {', '> > +\t\treturn -EAGAIN;', '> > +\t}']), 'diff');
  });
});

describe('held-out 10 and 11 rules: code blocks', () => {
  it('starts no block at an element LWN puts on a line of its own inside a wrapped sentence', () => {
    assert.deepEqual(blocks([
      'Writers that get too far ahead of the device are paused by',
      'throttle_dirty_writers()',
      ', which computes the pause from the estimated bandwidth. That estimate',
      'is refreshed by each',
      'struct wb_estimate',
      'every couple of hundred milliseconds, which is too slow for fast drives.',
    ]), []);
    assert.deepEqual(blocks(['The helper is short:', '', 'static void refresh(struct wb_estimate *e)', '{', '\te->stamp = jiffies;', '}']), [[3, 6, 'c']]);
  });

  it('keeps a tool\'s header line and the groups of output a lead-in announces', () => {
    assert.deepEqual(blocks([
      'He posted results from a run with the patch applied:',
      '',
      " Performance counter stats for './fillfs -j 8':",
      '',
      '          9,812.40 msec task-clock       #    7.901 CPUs utilized',
      '             1,204      context-switches #  122.700 /sec',
      '',
      '       1.241920113 seconds time elapsed',
      '',
      'That is twice as fast as before.',
    ]).map(([first, last]) => [first, last]), [[3, 8]]);
  });

  it('takes code quoted in a mail reply as its own block, without the reply around it', () => {
    assert.deepEqual(blocks([
      'Not everybody was convinced:',
      '',
      '> On Mon, Mar 2, 2026, Ana Petrova wrote:',
      '> > +\tif (!ctx->ready) {',
      '> > +\t\treturn -EAGAIN;',
      '> > +\t}',
      '>',
      '> Nothing sets ready again after a reset, so this path',
      '> can never be taken twice.',
    ]), [[4, 6, 'diff']]);
  });

  it('finds JSON glued after a colon, a printed ARN, commands of one tool, `./` commands and status lines after a lead-in', () => {
    assert.deepEqual(blocks(['Then attach this policy to the OU:{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"s3:*","Resource":"*"}]}']).map(([first, , language]) => [first, language]), [[1, 'json']]);
    assert.deepEqual(blocks(['The command prints only the ARN:', '', 'arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789', '', 'Keep it for the next step.']), [[3, 3, 'plaintext']]);
    assert.deepEqual(blocks(['Create the tunnel and run it:', '', 'cloudflared tunnel create build-cache', 'cloudflared tunnel run build-cache', '', 'It stays up until you stop it.']), [[3, 4, 'shellscript']]);
    assert.deepEqual(blocks(['Run the checks locally with:', '', "./gradlew :app:lintDebug --continue", '', 'The report lands in build/reports.']), [[3, 3, 'shellscript']]);
    assert.deepEqual(blocks([
      'Conftest then reports the failures:',
      '',
      'FAIL - plan.json - main - aws_s3_bucket.logs: buckets must block public access',
      'FAIL - plan.json - main - aws_iam_role.ci: roles must have an owner tag',
      '',
      '2 tests, 0 passed, 0 warnings, 2 failures, 0 exceptions',
      '',
      'Fix both and run it again.',
    ]).map(([first, last]) => [first, last]), [[3, 6]]);
    assert.deepEqual(blocks(['The guide ends with a warning:', '', 'Do not share this link with anyone outside the team', '', 'That is all.']), [], 'a sentence after a lead-in stays prose');
  });
});

describe('held-out 10 and 11 rules: tables', () => {
  it('takes long description cells into a table of terms', () => {
    const rows = rowNames([
      'The analyzer reports these finding types:',
      '',
      'Finding type', '', 'What it means', '',
      'Unused role', '', 'Nobody assumed the role during the whole tracking period, in any Region of any member account of the organization', '',
      'Unused permissions', '', 'The role grants actions that nobody called, for example s3:DeleteBucket or ec2:ModifyInstanceAttribute', '',
      'Unused access key', '', 'The key was not used; reported only for IAM users', '',
      'Findings show up within a few hours.',
    ]);
    assert.deepEqual(rows, [['Finding type', 'Unused role', 'Unused permissions', 'Unused access key']]);
  });
});
