import * as assert from 'node:assert/strict';
import { hasPrompts, promptOf, stripNotebookEscapes, stripPrompts } from '../../src/core/prompts';

describe('prompts', () => {
  describe('promptOf', () => {
    const cases: [string, string | undefined][] = [
      ['$ aws s3 ls', '$ '],
      ['  $ ls -la', '$ '],
      ['(venv) $ pip install boto3', '(venv) $ '],
      ['~ % monocle search --prefix 198.18.0.0/24', '~ % '],
      ['ec2-user@ip-10-0-0-1:~/app$ npm start', 'ec2-user@ip-10-0-0-1:~/app$ '],
      ['root@host:/# apt-get update', 'root@host:/# '],
      ['[ec2-user@ip-172-31-1-1 ~]$ sudo yum install -y git', '[ec2-user@ip-172-31-1-1 ~]$ '],
      ['PS C:\\> Get-ChildItem', 'PS C:\\> '],
      ['C:\\Users\\me> dir', 'C:\\Users\\me> '],
      ['>>> print(1)', '>>> '],
      ['In [3]: df.head()', 'In [3]: '],
      ['postgres_limitless=> SELECT * FROM rds_aurora.limitless_tables;', 'postgres_limitless=> '],
      ['dev=# \\dt', 'dev=# '],
      ['mysql> SHOW TABLES;', 'mysql> '],
      // Not prompts:
      ['# install the CLI', undefined],
      ['$HOME/bin/tool', undefined],
      ['$', undefined],
      ['echo $ 5', undefined],
      ['SELECT * FROM t;', undefined],
      ['const f = (x) => x;', undefined],
    ];
    for (const [line, expected] of cases) {
      it(`${JSON.stringify(line)} → ${JSON.stringify(expected)}`, () => assert.equal(promptOf(line), expected));
    }
  });

  it('hasPrompts finds a prompt on any line', () => {
    assert.equal(hasPrompts('echo hi\n$ ls'), true);
    assert.equal(hasPrompts('echo hi\nls'), false);
  });

  describe('stripPrompts', () => {
    it('leaves code without prompts untouched', () => {
      const code = 'aws s3 ls\n\necho "$HOME"\n';
      assert.equal(stripPrompts(code), code);
    });

    it('drops prompts and the output between commands', () => {
      const session = [
        '~ % monocle search --start-ts 2025-10-28T12:40:13Z --prefix 198.18.0.0/24',
        'A|1761656125.550447|206.82.105.116|54309|198.18.0.0/24|IGP',
        '~ % echo done',
        'done',
      ].join('\n');
      assert.equal(stripPrompts(session), 'monocle search --start-ts 2025-10-28T12:40:13Z --prefix 198.18.0.0/24\necho done');
    });

    it('keeps one blank line between commands that had blank lines between them', () => {
      assert.equal(stripPrompts('$ cd app\n\n\n$ npm install'), 'cd app\n\nnpm install');
      assert.equal(stripPrompts('$ ls\nfile.txt\n\n$ pwd'), 'ls\npwd');
    });

    it('keeps indentation before the prompt', () => {
      assert.equal(stripPrompts('  $ ls\n  $ pwd'), '  ls\n  pwd');
    });

    it('keeps lines continued with a backslash, and only those', () => {
      const code = '$ aws s3 cp file.txt \\\n    s3://bucket/ \\\n    --sse\nupload: file.txt to s3://bucket/file.txt';
      assert.equal(stripPrompts(code), 'aws s3 cp file.txt \\\n    s3://bucket/ \\\n    --sse');
    });

    it('does not keep output that follows output ending in a backslash', () => {
      assert.equal(stripPrompts('$ dir\nC:\\temp\\\nmore output'), 'dir');
    });

    it('keeps a multi-line quoted argument', () => {
      const code = [
        "$ aws iam create-policy --policy-name p --policy-document '{",
        '    "Version": "2012-10-17",',
        '    "Statement": []',
        "}'",
        '{ "Policy": { "PolicyName": "p" } }',
      ].join('\n');
      assert.equal(stripPrompts(code), code.split('\n').slice(0, 4).join('\n').slice(2));
    });

    it("is not fooled by a quote inside a comment or an escaped quote", () => {
      assert.equal(stripPrompts("$ echo hi # don't\noutput"), "echo hi # don't");
      assert.equal(stripPrompts('$ echo \\"hi\noutput'), 'echo \\"hi');
    });

    it('keeps a here-document', () => {
      const code = ['$ cat <<EOF > config.toml', '[server]', 'port = 8080', 'EOF', '$ cat config.toml', '[server]'].join('\n');
      assert.equal(stripPrompts(code), 'cat <<EOF > config.toml\n[server]\nport = 8080\nEOF\ncat config.toml');
    });

    it('drops shell continuation prompts', () => {
      assert.equal(stripPrompts('$ echo "a\n> b"\na\nb'), 'echo "a\nb"');
    });

    it('handles Python REPL sessions with continuation lines', () => {
      const code = ['>>> for i in range(2):', '...     print(i)', '...', '0', '1', '>>> x = 3'].join('\n');
      assert.equal(stripPrompts(code), 'for i in range(2):\n    print(i)\n\nx = 3');
    });

    it('handles IPython prompts', () => {
      assert.equal(stripPrompts('In [1]: import pandas as pd\n\nIn [2]: pd.__version__\nOut[2]: 2.2.0'), 'import pandas as pd\n\npd.__version__');
    });

    it('handles IPython continuation prompts, whose indentation only aligns the prompt', () => {
      assert.equal(stripPrompts('In [1]: def f(x):\n   ...:     return x\n   ...:\n\nIn [2]: f(2)\nOut[2]: 2'), 'def f(x):\n    return x\n\nf(2)');
    });

    it('keeps a <<- here-document whose delimiter is indented with tabs', () => {
      const code = '$ cat <<-EOF\n\tline\n\tEOF\n$ ls\nfile';
      assert.equal(stripPrompts(code), 'cat <<-EOF\n\tline\n\tEOF\nls');
    });

    it('handles psql sessions: statements without prompts on their next lines, output dropped', () => {
      const code = [
        'postgres_limitless=> SELECT *',
        'FROM rds_aurora.limitless_tables;',
        '',
        ' table_gid | local_oid',
        '-----------+----------',
        '         1 |     18797',
        '(1 row)',
        '',
        'postgres_limitless=> SET rds_aurora.limitless_explain_options = shard_plans;',
        'SET',
        'postgres_limitless-> ',
      ].join('\n');
      assert.equal(
        stripPrompts(code),
        'SELECT *\nFROM rds_aurora.limitless_tables;\nSET rds_aurora.limitless_explain_options = shard_plans;',
      );
    });

    it('handles psql continuation prompts and meta-commands', () => {
      assert.equal(stripPrompts('dev=# SELECT 1\ndev-# + 1;\n ?column?\ndev=# \\dt\nList of relations'), 'SELECT 1\n+ 1;\n\\dt');
    });

    it('handles mysql continuation prompts', () => {
      assert.equal(stripPrompts('mysql> SELECT id\n    -> FROM users;\n+----+'), 'SELECT id\nFROM users;');
    });

    it('handles PowerShell with backtick continuations', () => {
      assert.equal(stripPrompts('PS C:\\> Get-Item `\n  -Path C:\\temp\nDirectory: C:\\'), 'Get-Item `\n  -Path C:\\temp');
    });
  });

  describe('stripNotebookEscapes', () => {
    it('drops ! and % when every command has one', () => {
      assert.equal(
        stripNotebookEscapes('!pip install opensearch-py\n# auth\n%pip install requests-aws4auth'),
        'pip install opensearch-py\n# auth\npip install requests-aws4auth',
      );
    });
    it('leaves mixed code alone', () => {
      const code = '!pip install boto3\nimport boto3';
      assert.equal(stripNotebookEscapes(code), code);
    });
    it('leaves shell negation alone', () => {
      assert.equal(stripNotebookEscapes('! grep -q x file'), '! grep -q x file');
    });
  });
});
