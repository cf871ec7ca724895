// @workspace empty
// Reusing code from articles in a real VS Code: insert at the cursor (re-indented, `${…}` kept, multi-cursor,
// one undo step, while a webview has focus), insert with placeholders as tab stops, open in an editor with the
// language and a file name, copy, the no-editor offer, and Find Code Snippet driven through its QuickPick.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Article, CodeBlock } from '../../src/core/model';
import type { Services } from '../../src/services';
import { activatedServices, waitFor } from './helpers';

const URL_CDK = 'https://aws.amazon.com/blogs/devops/deploy-a-static-site-with-the-aws-cdk/';
const URL_ROLE = 'https://aws.amazon.com/blogs/security/import-a-role-in-cdk/';

const DUMP = `Deploy a static site with the AWS CDK

Post Syndicated from Ada Example original ${URL_CDK}

This post shows how to deploy a static site bucket with the AWS Cloud Development Kit.

Create the bucket in your stack:

import * as cdk from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';

const siteBucket = new s3.Bucket(this, 'SiteBucket', {
  bucketName: \`site-\${cdk.Stack.of(this).region}\`,
  removalPolicy: cdk.RemovalPolicy.DESTROY,
});

Then attach the following bucket policy. Replace the placeholders with your own values:

{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::<your-bucket-name>/*"}]}

Query the access logs with Athena:

SELECT request_uri, count(*) AS hits
FROM <<your_log_table>>
WHERE status = 200
GROUP BY request_uri;

Check the result from Python:

import boto3

client = boto3.client("athena")
print(client.list_work_groups())

Finally, list the bucket from your terminal:

$ aws s3 ls s3://my-site-bucket
2024-01-01 12:00:00       1024 index.html
$ echo "done"
done

That is all it takes.

Import an existing role into a CDK app

Post Syndicated from Grace Example original ${URL_ROLE}

Reference the role by its ARN and keep the stage in the table name:

const role = iam.Role.fromRoleArn(this, 'Imported', \`arn:aws:iam::\${this.account}:role/<role-name>\`);
const table = \`orders_\${props.stage}\`; // about $5 per month \\ table
new cdk.CfnOutput(this, 'RoleArn', { value: role.roleArn });

That is it.

The collective thoughts of the interwebz
`;

let services: Services;
let cdkArticle: Article;
let roleArticle: Article;

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function block(article: Article, lang: string): CodeBlock {
  const found = article.codeBlocks.find(candidate => candidate.lang === lang);
  assert.ok(found, `${article.title} has a ${lang} block (has ${article.codeBlocks.map(b => b.lang).join(', ')})`);
  return found;
}

function ref(article: Article, lang: string): { url: string; index: number } {
  return { url: article.url, index: block(article, lang).index };
}

const EXTENSIONS: Record<string, string> = { typescript: 'ts', sql: 'sql', shellscript: 'sh', markdown: 'md', json: 'json', python: 'py' };
let fileCount = 0;

/**
 * An editor on a new workspace file holding `text`, two-space indentation, the cursor(s) where given. Files, not
 * untitled documents: VS Code may hand a new untitled document the URI, and briefly the text, of one just closed.
 */
async function editorWith(text: string, cursors: [number, number][], language = 'typescript'): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const uri = vscode.Uri.joinPath(folder, `edit-${++fileCount}.${EXTENSIONS[language]}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.getText(), text);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  editor.options = { tabSize: 2, insertSpaces: true };
  editor.selections = cursors.map(([line, character]) => new vscode.Selection(line, character, line, character));
  return editor;
}

/** Closes every editor and webview without save prompts (untitled documents are reverted first). */
async function closeAll(): Promise<void> {
  for (let i = 0; i < 30 && vscode.window.tabGroups.all.some(group => group.tabs.length > 0); i++) {
    const tab = vscode.window.tabGroups.all.flatMap(group => group.tabs)[0];
    if (tab.input instanceof vscode.TabInputText) {
      await vscode.window.showTextDocument((tab.input as vscode.TabInputText).uri, { preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await vscode.window.tabGroups.close(tab);
    }
  }
  await waitFor('no tabs', () => vscode.window.tabGroups.all.every(group => group.tabs.length === 0));
  // A new untitled document may get the URI of one just closed: wait until the old one is gone.
  await waitFor('untitled documents closed', () => vscode.workspace.textDocuments.every(document => document.uri.scheme !== 'untitled'));
}

async function insert(arg: unknown, command = 'techArticles.insertCodeBlock'): Promise<unknown> {
  return vscode.commands.executeCommand(command, arg);
}

describe('Snippets: reusing code from articles', function () {
  this.timeout(60_000);

  before(async () => {
    services = await activatedServices();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    assert.ok(folder, 'a workspace folder is open');
    const file = path.join(folder, 'reuse.txt');
    fs.writeFileSync(file, DUMP);
    await vscode.commands.executeCommand('techArticles.addSource', file);
    await services.library.whenReady();
    const problems = () => JSON.stringify(services.library.problems());
    assert.ok(services.library.article(URL_CDK), `the dump is loaded (problems: ${problems()})`);
    cdkArticle = await waitFor('the CDK article', () => services.library.article(URL_CDK), 30_000);
    roleArticle = await waitFor('the role article', () => services.library.article(URL_ROLE), 30_000);
    assert.equal(cdkArticle.codeBlocks.length, 5, `blocks found: ${cdkArticle.codeBlocks.map(b => b.lang).join(', ')}`);
  });

  afterEach(closeAll);

  describe('Insert at Cursor', () => {
    const stack = ['class SiteStack extends cdk.Stack {', '  constructor(scope: Construct, id: string) {', '    super(scope, id);', '    ', '  }', '}'];

    it('inserts a CDK block at an indented position exactly, ${…} kept, in one undo step', async () => {
      const editor = await editorWith(stack.join('\n'), [[3, 4]]);
      const outcome = await insert(ref(cdkArticle, 'typescript'));
      assert.equal(outcome, 'inserted');
      const expected = [
        ...stack.slice(0, 3),
        "    import * as cdk from 'aws-cdk-lib';",
        "    import * as s3 from 'aws-cdk-lib/aws-s3';",
        '',
        "    const siteBucket = new s3.Bucket(this, 'SiteBucket', {",
        '      bucketName: `site-${cdk.Stack.of(this).region}`,',
        '      removalPolicy: cdk.RemovalPolicy.DESTROY,',
        '    });',
        ...stack.slice(4),
      ].join('\n');
      assert.equal(editor.document.getText(), expected);
      assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [9, 7], 'cursor after the inserted code');
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), stack.join('\n'), 'one undo restores the document');
    });

    it('inserts at every cursor, each re-indented to its own line, and replaces selections', async () => {
      const editor = await editorWith('-- report\n  \n    x = PLACE', [[1, 2], [2, 0]], 'sql');
      editor.selections = [new vscode.Selection(1, 2, 1, 2), new vscode.Selection(2, 8, 2, 13)];
      await insert(ref(cdkArticle, 'sql'));
      const sql = (indent: string) =>
        ['SELECT request_uri, count(*) AS hits', `${indent}FROM <<your_log_table>>`, `${indent}WHERE status = 200`, `${indent}GROUP BY request_uri;`].join('\n');
      assert.equal(editor.document.getText(), `-- report\n  ${sql('  ')}\n    x = ${sql('    ')}`);
      assert.equal(editor.selections.length, 2);
      assert.ok(editor.selections.every(selection => selection.isEmpty), 'cursors collapsed after the inserted text');
    });

    it('respects tab indentation and a zero indent', async () => {
      const editor = await editorWith('\t\n', [[0, 1], [1, 0]]);
      editor.options = { tabSize: 4, insertSpaces: false };
      await insert(ref(cdkArticle, 'typescript'));
      const cdk = (indent: string, relative: string) => [
        `${indent}import * as cdk from 'aws-cdk-lib';`,
        `${indent}import * as s3 from 'aws-cdk-lib/aws-s3';`,
        '',
        `${indent}const siteBucket = new s3.Bucket(this, 'SiteBucket', {`,
        `${indent}${relative}bucketName: \`site-\${cdk.Stack.of(this).region}\`,`,
        `${indent}${relative}removalPolicy: cdk.RemovalPolicy.DESTROY,`,
        `${indent}});`,
      ];
      const lines = cdk('\t', '  ');
      lines[0] = lines[0].slice(1); // the first line goes at the cursor, after the existing tab
      assert.equal(editor.document.getText(), ['\t' + lines.join('\n'), cdk('', '  ').join('\n')].join('\n'));
    });

    it('drops shell prompts and output', async () => {
      const editor = await editorWith('', [[0, 0]], 'shellscript');
      await insert(ref(cdkArticle, 'shellscript'));
      assert.equal(editor.document.getText(), 'aws s3 ls s3://my-site-bucket\necho "done"');
    });

    it('lands in the last text editor while a webview beside it has focus', async () => {
      const editor = await editorWith('const x = 1;\n', [[1, 0]]);
      const panel = vscode.window.createWebviewPanel('snippetsTest.beside', 'Focus Thief', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false });
      try {
        await waitFor('the webview to take focus', () => vscode.window.activeTextEditor === undefined && panel.active);
        await insert(ref(cdkArticle, 'python'));
        assert.equal(editor.document.getText(), 'const x = 1;\nimport boto3\n\nclient = boto3.client("athena")\nprint(client.list_work_groups())');
      } finally {
        panel.dispose();
      }
    });

    it('lands in the last text editor when a webview covers it in the same group', async () => {
      const editor = await editorWith('# notes\n', [[1, 0]], 'markdown');
      const document = editor.document;
      const panel = vscode.window.createWebviewPanel('snippetsTest.over', 'Cover', { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
      try {
        await waitFor('the webview to cover the editor', () => vscode.window.activeTextEditor === undefined && panel.active);
        assert.ok(!vscode.window.visibleTextEditors.some(visible => visible.document === document), 'the editor is hidden');
        await insert(ref(cdkArticle, 'python'));
        assert.equal(document.getText(), '# notes\nimport boto3\n\nclient = boto3.client("athena")\nprint(client.list_work_groups())');
      } finally {
        panel.dispose();
      }
    });

    it('offers a new document when there is no editor, and changes nothing', async () => {
      await closeAll();
      const before = vscode.workspace.textDocuments.filter(document => document.isDirty).length;
      const outcome = await insert(ref(cdkArticle, 'sql'));
      assert.equal(outcome, 'noEditor');
      assert.equal(vscode.workspace.textDocuments.filter(document => document.isDirty).length, before);
      assert.equal(vscode.window.activeTextEditor, undefined);
    });

    it('warns, without throwing, for a block that does not exist', async () => {
      await editorWith('', [[0, 0]]);
      assert.equal(await insert({ url: URL_CDK, index: 99 }), undefined);
      assert.equal(await insert({ nonsense: true }), undefined);
      assert.equal(vscode.window.activeTextEditor?.document.getText(), '');
    });

    it('accepts a tree node carrying url and index', async () => {
      const editor = await editorWith('', [[0, 0]], 'python');
      const node = { kind: 'codeBlock', url: cdkArticle.url, index: block(cdkArticle, 'python').index, block: block(cdkArticle, 'python'), parent: {} };
      await insert(node);
      assert.ok(editor.document.getText().startsWith('import boto3'));
    });
  });

  describe('Insert with Placeholders', () => {
    it('turns placeholders into tab stops and keeps ${…}, $ and \\ literal', async () => {
      const editor = await editorWith('class S {\n  f() {\n    \n  }\n}', [[2, 4]]);
      const outcome = await insert(ref(roleArticle, 'typescript'), 'techArticles.insertCodeBlockWithPlaceholders');
      assert.equal(outcome, 'inserted');
      const expected = [
        'class S {',
        '  f() {',
        "    const role = iam.Role.fromRoleArn(this, 'Imported', `arn:aws:iam::${this.account}:role/<role-name>`);",
        '    const table = `orders_${props.stage}`; // about $5 per month \\ table',
        "    new cdk.CfnOutput(this, 'RoleArn', { value: role.roleArn });",
        '  }',
        '}',
      ].join('\n');
      assert.equal(editor.document.getText(), expected);
      assert.equal(editor.document.getText(editor.selection), '<role-name>', 'the first tab stop is selected');
      // Typing replaces the placeholder.
      await vscode.commands.executeCommand('type', { text: 'deployer' });
      assert.ok(editor.document.getText().includes(':role/deployer`);'));
    });

    it('gives the same value one tab stop and moves between them with Tab', async () => {
      const editor = await editorWith('', [[0, 0]], 'json');
      await insert(ref(cdkArticle, 'json'), 'techArticles.insertCodeBlockWithPlaceholders');
      assert.equal(editor.document.getText(), block(cdkArticle, 'json').code);
      assert.equal(editor.document.getText(editor.selection), '111122223333');
      await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
      assert.equal(editor.document.getText(editor.selection), '<your-bucket-name>');
    });

    it('works at several cursors', async () => {
      const editor = await editorWith('a\n  b', [[0, 1], [1, 3]], 'sql');
      await insert(ref(cdkArticle, 'sql'), 'techArticles.insertCodeBlockWithPlaceholders');
      const sql = (indent: string) =>
        ['SELECT request_uri, count(*) AS hits', `${indent}FROM <<your_log_table>>`, `${indent}WHERE status = 200`, `${indent}GROUP BY request_uri;`].join('\n');
      assert.equal(editor.document.getText(), `a${sql('')}\n  b${sql('  ')}`);
      assert.equal(editor.selections.length, 2);
      assert.ok(editor.selections.every(selection => editor.document.getText(selection) === '<<your_log_table>>'));
    });
  });

  describe('Open in Editor', () => {
    const cases: [lang: string, languageId: string, name: string, content: (text: string) => void][] = [
      ['sql', 'sql', 'query.sql', text => assert.ok(text.startsWith('SELECT request_uri'))],
      ['json', 'json', 'policy.json', text => assert.ok(text.startsWith('{\n    "Version": "2012-10-17",\n    "Statement": [\n'), text)],
      ['typescript', 'typescript', 'stack.ts', text => assert.ok(text.includes('${cdk.Stack.of(this).region}'))],
      ['python', 'python', 'main.py', text => assert.equal(text, 'import boto3\n\nclient = boto3.client("athena")\nprint(client.list_work_groups())\n')],
      ['shellscript', 'shellscript', 'commands.sh', text => assert.equal(text, 'aws s3 ls s3://my-site-bucket\necho "done"\n')],
    ];
    for (const [lang, languageId, name, checkContent] of cases) {
      it(`opens a ${lang} block as ${languageId}, named ${name}`, async () => {
        const editor = await vscode.commands.executeCommand<vscode.TextEditor>('techArticles.openCodeBlock', ref(cdkArticle, lang));
        assert.ok(editor, 'the command returns the editor');
        assert.equal(vscode.window.activeTextEditor?.document, editor.document);
        assert.equal(editor.document.languageId, languageId);
        assert.equal(editor.document.uri.scheme, 'untitled');
        assert.equal(path.posix.basename(editor.document.uri.path), name);
        checkContent(editor.document.getText());
        await sleep(1500); // language auto-detection runs on untitled documents after a pause
        assert.equal(editor.document.languageId, languageId, 'the language stays set');
      });
    }

    it('numbers the name when it is taken', async () => {
      const first = await vscode.commands.executeCommand<vscode.TextEditor>('techArticles.openCodeBlock', ref(cdkArticle, 'sql'));
      const second = await vscode.commands.executeCommand<vscode.TextEditor>('techArticles.openCodeBlock', ref(cdkArticle, 'sql'));
      assert.equal(path.posix.basename(first.document.uri.path), 'query.sql');
      assert.equal(path.posix.basename(second.document.uri.path), 'query-2.sql');
      assert.notEqual(first.document, second.document);
    });
  });

  describe('Copy', () => {
    it('copies the code without prompts', async () => {
      const copied = await vscode.commands.executeCommand<string>('techArticles.copyCodeBlock', ref(cdkArticle, 'shellscript'));
      assert.equal(copied, 'aws s3 ls s3://my-site-bucket\necho "done"');
      assert.equal(await vscode.env.clipboard.readText(), copied);
    });
  });

  describe('Find Code Snippet', () => {
    it('ranks by the query and inserts the chosen block with Enter', async () => {
      const editor = await editorWith('', [[0, 0]], 'sql');
      let closed = false;
      const picked = vscode.commands.executeCommand('techArticles.findSnippet', 'your_log_table lang:sql').then(() => (closed = true));
      // The index is built on first use; until the list is filled, Enter does nothing and the picker stays open.
      await waitFor('the picker to accept', async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await sleep(200);
        return closed;
      }, 20_000);
      await picked;
      assert.ok(editor.document.getText().startsWith('SELECT request_uri, count(*) AS hits\nFROM <<your_log_table>>'), editor.document.getText());
    });
  });
});
