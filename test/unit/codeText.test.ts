import * as assert from 'node:assert/strict';
import {
  codeForDocument,
  dedent,
  escapeSnippetText,
  findPlaceholders,
  indentAt,
  numberedFileName,
  prettyJson,
  reindent,
  suggestFileName,
  toSnippet,
  usableCode,
  type CodeSource,
} from '../../src/core/codeText';

const spaces4 = { tabSize: 4, insertSpaces: true };
const spaces2 = { tabSize: 2, insertSpaces: true };
const tabs4 = { tabSize: 4, insertSpaces: false };

function placeholders(code: string, lang = 'shellscript', kind: CodeSource['kind'] = null): string[] {
  return findPlaceholders({ code, lang, kind }).map(p => p.text);
}

describe('codeText', () => {
  describe('usableCode', () => {
    it('straightens curly quotes that delimit strings, keeps apostrophes', () => {
      assert.equal(
        usableCode({ code: 'spark.sql(“select * from t limit 10”).show()', lang: 'python' }),
        'spark.sql("select * from t limit 10").show()',
      );
      assert.equal(usableCode({ code: "SELECT ‘Bob’ -- don’t", lang: 'sql' }), "SELECT 'Bob' -- don’t");
    });

    it('keeps curly quotes on lines that also use straight ones (they may be meant inside strings)', () => {
      const code = 'print("say “hi”")';
      assert.equal(usableCode({ code, lang: 'python' }), code);
    });

    it('turns no-break spaces into spaces and drops zero-width ones', () => {
      assert.equal(usableCode({ code: '{\n\u00a0\u00a0"a": 1\u200b\n}', lang: 'json' }), '{\n  "a": 1\n}');
    });

    it('trims trailing spaces and surrounding blank lines', () => {
      assert.equal(usableCode({ code: '\n\nSELECT 1,  \n  2;\t\n\n', lang: 'sql' }), 'SELECT 1,\n  2;');
    });

    it('drops shell prompts and output', () => {
      assert.equal(usableCode({ code: '$ aws s3 ls\n2024-01-01 bucket', lang: 'shellscript', kind: 'command' }), 'aws s3 ls');
    });

    it('keeps prompts in program output', () => {
      const code = '$ aws s3 ls\n2024-01-01 bucket';
      assert.equal(usableCode({ code, lang: 'plaintext', kind: 'output' }), code);
    });

    it('drops notebook escapes in shell blocks only', () => {
      assert.equal(usableCode({ code: '!pip install boto3', lang: 'shellscript', kind: 'command' }), 'pip install boto3');
      assert.equal(usableCode({ code: '!pip install boto3', lang: 'python' }), '!pip install boto3');
    });

    it('normalises Windows line ends', () => {
      assert.equal(usableCode({ code: 'a\r\nb\rc', lang: 'plaintext' }), 'a\nb\nc');
    });
  });

  describe('indentAt', () => {
    it('is the whitespace before the cursor', () => {
      assert.equal(indentAt('    foo();', 4), '    ');
      assert.equal(indentAt('    foo();', 2), '  ');
      assert.equal(indentAt('    foo(bar)', 8), '    ');
      assert.equal(indentAt('\t\tx', 2), '\t\t');
      assert.equal(indentAt('x = 1', 3), '');
    });
  });

  describe('reindent', () => {
    const cdk = [
      'const bucket = new s3.Bucket(this, "Site", {',
      '  bucketName: `${cdk.Stack.of(this).region}-site`,',
      '});',
    ].join('\n');

    it('moves lines 2..n to the cursor indentation, first line at the cursor', () => {
      assert.equal(
        reindent(cdk, '    ', spaces2),
        'const bucket = new s3.Bucket(this, "Site", {\n      bucketName: `${cdk.Stack.of(this).region}-site`,\n    });',
      );
    });

    it('treats zero indentation as a real target', () => {
      const indented = '    if x:\n        y()\n    z()';
      assert.equal(reindent(indented, '', spaces4), 'if x:\n    y()\nz()');
    });

    it('removes the common indentation including the first line’s', () => {
      assert.equal(reindent('def f():\n    return 1', '  ', spaces4), 'def f():\n      return 1');
      assert.equal(reindent('  a\n    b\n  c', '\t', tabs4), 'a\n\t  b\n\tc');
    });

    it('keeps a first line that is deeper than the rest relatively indented', () => {
      assert.equal(reindent('    return 1\n}', '  ', spaces2), '    return 1\n  }');
    });

    it('writes indentation with tabs when the editor uses tabs', () => {
      assert.equal(reindent('{\n    "a": {\n        "b": 1\n    }\n}', '\t', tabs4), '{\n\t\t"a": {\n\t\t\t"b": 1\n\t\t}\n\t}');
    });

    it('expands tab-indented code for an editor that uses spaces', () => {
      assert.equal(reindent('{\n\t"Version": "2012-10-17"\n}', '  ', spaces4), '{\n      "Version": "2012-10-17"\n  }');
    });

    it('leaves blank lines empty and uses the given line end', () => {
      assert.equal(reindent('a\n\n  b', '  ', spaces2, '\r\n'), 'a\r\n\r\n    b');
    });

    it('dedent removes only the common indentation', () => {
      assert.equal(dedent('    a\n      b', spaces2), 'a\n  b');
    });
  });

  describe('prettyJson', () => {
    it('pretty-prints minified JSON with the given indentation', () => {
      assert.equal(
        prettyJson('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:GetObject"],"Resource":"*"}]}'),
        '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": [\n        "s3:GetObject"\n      ],\n      "Resource": "*"\n    }\n  ]\n}',
      );
    });

    it('keeps numbers as written, duplicate keys, empty containers and escapes', () => {
      assert.equal(
        prettyJson('{"big": 12345678901234567890, "f": 1.50, "a": 1, "a": 2, "e": {}, "l": [], "s": "x\\"y,z:{"}', '\t'),
        '{\n\t"big": 12345678901234567890,\n\t"f": 1.50,\n\t"a": 1,\n\t"a": 2,\n\t"e": {},\n\t"l": [],\n\t"s": "x\\"y,z:{"\n}',
      );
    });

    it('leaves text that is not JSON unchanged', () => {
      for (const code of ['{ a: 1 }', '{"a": 1,}', '// c\n{"a": 1}', '"just a string"', '42']) {
        assert.equal(prettyJson(code), code);
      }
    });

    it('codeForDocument pretty-prints JSON blocks and ends with a newline', () => {
      assert.equal(codeForDocument({ code: '{"a":[1,2]}', lang: 'json' }, '    '), '{\n    "a": [\n        1,\n        2\n    ]\n}\n');
      assert.equal(codeForDocument({ code: '{"a":1}', lang: 'javascript' }), '{"a":1}\n');
    });
  });

  describe('findPlaceholders', () => {
    it('finds angle-bracket descriptions', () => {
      assert.deepEqual(placeholders("LOCATION 's3://<your-bucket-name>/bankdata-csv/'", 'sql'), ['<your-bucket-name>']);
      assert.deepEqual(placeholders('"arn:aws:glue:<region>:<account-id>:catalog"', 'json'), ['<region>', '<account-id>']);
      assert.deepEqual(placeholders('"Resource": ["<instance profile role ARN>"]', 'json'), ['<instance profile role ARN>']);
      assert.deepEqual(
        placeholders('"AWS:SourceArn": `arn:aws:cloudfront::${this.account}:distribution/<Distribution ID>`', 'typescript'),
        ['<Distribution ID>'],
      );
    });

    it('finds double-angle descriptions', () => {
      assert.deepEqual(
        placeholders("FROM 's3://<<your_s3_bucket>>/x.csv'\nIAM_ROLE '<<provide the arn of IAM role created in pre-requisites>>'", 'sql'),
        ['<<your_s3_bucket>>', '<<provide the arn of IAM role created in pre-requisites>>'],
      );
    });

    it('does not take markup, generics, includes, shifts or here-documents for placeholders', () => {
      assert.deepEqual(placeholders('html = "<html><body><h2>Report</h2><br></body></html>"', 'python'), []);
      assert.deepEqual(placeholders('async fetch(): Promise<Response> {}\nconst app = new Hono<HonoContext>()', 'typescript'), []);
      assert.deepEqual(placeholders('function id <T>(x: T): T { return <any>x; }', 'typescript'), []);
      assert.deepEqual(placeholders('#include <stdio.h>', 'c'), []);
      assert.deepEqual(placeholders('<dependency><groupId>x</groupId></dependency>', 'xml'), []);
      assert.deepEqual(placeholders('cat <<EOF >> file\nx = a << 2 >> 1', 'shellscript'), []);
      assert.deepEqual(placeholders('<input disabled>', 'html'), []);
    });

    it('accepts <table> in SQL, where it is no tag', () => {
      assert.deepEqual(placeholders('SELECT * FROM <table> LIMIT 10;', 'sql'), ['<table>']);
    });

    it('finds words that announce a placeholder', () => {
      assert.deepEqual(placeholders('aws s3 mb s3://your-bucket --region us-east-1'), ['your-bucket']);
      assert.deepEqual(placeholders("GRANT USAGE ON SCHEMA 'yourschema' TO actioniq;", 'sql'), ['yourschema']);
      assert.deepEqual(placeholders('export ACCOUNT=YOUR_ACCOUNT_ID TOKEN=REPLACE_ME KEY=API_KEY_HERE'), ['YOUR_ACCOUNT_ID', 'REPLACE_ME', 'API_KEY_HERE']);
      assert.deepEqual(placeholders('aws s3 cp f s3://my-bucket/ --sg sg-xxxxxxxx'), ['my-bucket', 'sg-xxxxxxxx']);
    });

    it('ignores prose that only mentions "your", identifiers and CSS classes', () => {
      assert.deepEqual(placeholders('text="Bird",  # Replace with your desired query, do it yourself', 'python'), []);
      assert.deepEqual(placeholders('my_table = load()\nel.classList.add(".my-class") --my-flag', 'python'), []);
    });

    it('finds AWS example values and ARN account IDs', () => {
      assert.deepEqual(
        placeholders('arn:aws:iam::111122223333:role/r arn:aws:iam::123456789012:root arn:aws:kms:us-east-1:987654321098:key/1234abcd-12ab-34cd-56ef-1234567890ab'),
        ['111122223333', '123456789012', '987654321098', '1234abcd-12ab-34cd-56ef-1234567890ab'],
      );
      assert.deepEqual(placeholders('s3://amzn-s3-demo-bucket/ s3://DOC-EXAMPLE-BUCKET AKIAIOSFODNN7EXAMPLE EXAMPLE'), [
        'amzn-s3-demo-bucket', 'DOC-EXAMPLE-BUCKET', 'AKIAIOSFODNN7EXAMPLE',
      ]);
    });

    it('finds ${name} in IAM policies but keeps policy variables and template literals', () => {
      const policy = '"Resource": "arn:aws:ses:${region}:${account-id}:identity/${domain}", "Cond": "${aws:username}"';
      assert.deepEqual(placeholders(policy, 'json', 'iam-policy'), ['${region}', '${account-id}', '${domain}']);
      assert.deepEqual(placeholders('`${cdk.Stack.of(this).region}-${region}`', 'typescript', 'cdk'), []);
    });

    it('prefers the outermost match', () => {
      const spans = findPlaceholders({ code: 'x <your-bucket-name> y', lang: 'sql' });
      assert.deepEqual(spans, [{ start: 2, end: 20, text: '<your-bucket-name>' }]);
    });
  });

  describe('snippets', () => {
    it('escapes $, } and \\', () => {
      assert.equal(escapeSnippetText('echo ${HOME} $1 \\n }'), 'echo \\${HOME\\} \\$1 \\\\n \\}');
    });

    it('builds tab stops, the same value sharing one, everything else literal', () => {
      const code = 'aws s3 cp s3://<bucket>/a s3://<bucket>/b --profile <profile> # costs $5 ${X}';
      const { snippet, placeholders: values } = toSnippet(code, findPlaceholders({ code, lang: 'shellscript' }));
      assert.deepEqual(values, ['<bucket>', '<profile>']);
      assert.equal(snippet, 'aws s3 cp s3://${1:<bucket>}/a s3://${1:<bucket>}/b --profile ${2:<profile>} # costs \\$5 \\${X\\}');
    });

    it('escapes inside placeholder values too', () => {
      const code = '"${region}"';
      assert.equal(toSnippet(code, findPlaceholders({ code, lang: 'json', kind: 'iam-policy' })).snippet, '"${1:\\${region\\}}"');
    });

    it('without placeholders the snippet is the escaped code', () => {
      assert.deepEqual(toSnippet('a\\b$c}', []), { snippet: 'a\\\\b\\$c\\}', placeholders: [] });
    });
  });

  describe('suggestFileName', () => {
    const name = (code: string, lang: string, kind: CodeSource['kind'] = null): string => suggestFileName({ code, lang, kind });

    it('uses a file name given in a first-line comment when it fits the language', () => {
      assert.equal(name('// build-buddy.ts\nexport class BuildBuddy {}', 'typescript'), 'build-buddy.ts');
      assert.equal(name('# src/app.py\nimport os', 'python'), 'app.py');
      assert.equal(name('-- schema.sql\nCREATE TABLE t (id int);', 'sql'), 'schema.sql');
      assert.equal(name('// notes.txt\nconst a = 1;', 'typescript'), 'index.ts');
    });

    it('names what the code is', () => {
      assert.equal(name('{"Version":"2012-10-17","Statement":[]}', 'json', 'iam-policy'), 'policy.json');
      assert.equal(name('{"Statement":[{"Principal":{"Service":"x"},"Action":"sts:AssumeRole"}]}', 'json'), 'trust-policy.json');
      assert.equal(name('{"compilerOptions":{}}', 'json'), 'tsconfig.json');
      assert.equal(name('{"a": 1}', 'json'), 'data.json');
      assert.equal(name('export class SiteStack extends cdk.Stack {}', 'typescript'), 'stack.ts');
      assert.equal(name('new s3.Bucket(this, "B")', 'typescript', 'cdk'), 'stack.ts');
      assert.equal(name('class MyStack(Stack):\n  pass', 'python'), 'stack.py');
      assert.equal(name('SELECT 1;', 'sql'), 'query.sql');
      assert.equal(name('services:\n  web:\n    image: x', 'yaml'), 'docker-compose.yaml');
      assert.equal(name('Resources:\n  B:\n    Type: AWS::S3::Bucket', 'yaml'), 'template.yaml');
      assert.equal(name('[project]\nname = "x"', 'toml'), 'pyproject.toml');
      assert.equal(name('aws s3 ls', 'shellscript', 'command'), 'commands.sh');
      assert.equal(name('FROM node:20', 'dockerfile'), 'Dockerfile');
      assert.equal(name('public final class Handler {}', 'java'), 'Handler.java');
      assert.equal(name('resource "aws_s3_bucket" "b" {}', 'hcl'), 'main.tf');
      assert.equal(name('1. 192.0.2.1', 'plaintext', 'output'), 'output.txt');
      assert.equal(name('x', 'unknown-language'), 'snippet.txt');
    });

    it('numbers names that are taken', () => {
      assert.equal(numberedFileName('policy.json', 1), 'policy.json');
      assert.equal(numberedFileName('policy.json', 2), 'policy-2.json');
      assert.equal(numberedFileName('Dockerfile', 3), 'Dockerfile-3');
    });
  });
});
