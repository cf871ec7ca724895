import * as assert from 'node:assert/strict';
import { codeBlockArgs, openArticleArgs } from '../../src/reader/args';
import { findQuery } from '../../src/reader/find';
import { parseWebviewMessage } from '../../src/reader/messages';
import { parseNote, plainNote } from '../../src/reader/noteMarkdown';
import { contentSecurityPolicy, createNonce, readerShell } from '../../src/reader/shell';
import { attr, byTag, elements, parse } from './reader.helpers';

describe('reader host helpers', () => {
  describe('webview messages', () => {
    it('accepts well-formed intents', () => {
      assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
      assert.deepEqual(parseWebviewMessage({ type: 'rendered', renderId: 3, drawMs: 1.5, frameMs: 9 }), {
        type: 'rendered', renderId: 3, drawMs: 1.5, frameMs: 9,
      });
      assert.deepEqual(parseWebviewMessage({ type: 'copyCode', index: 2 }), { type: 'copyCode', index: 2 });
      assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: 'https://a.example' }), { type: 'openLink', href: 'https://a.example' });
      const anchor = { quote: 'abc', prefix: 'x', suffix: 'y', start: 3, end: 6, codeIndex: 1 };
      assert.deepEqual(parseWebviewMessage({ type: 'annotate', anchor, color: 'green', withNote: true }), {
        type: 'annotate', anchor, color: 'green', withNote: true,
      });
      assert.deepEqual(parseWebviewMessage({ type: 'recolor', id: 'a1', color: 'pink' }), { type: 'recolor', id: 'a1', color: 'pink' });
    });

    it('drops malformed or hostile ones', () => {
      for (const bad of [
        null, 'ready', {}, { type: 'runCommand', command: 'workbench.action.quit' },
        { type: 'copyCode', index: -1 }, { type: 'copyCode', index: 1.5 }, { type: 'copyCode', index: '1' },
        { type: 'openLink', href: 42 },
        { type: 'annotate', anchor: { quote: 'a', prefix: '', suffix: '', start: 5, end: 5 }, color: 'yellow', withNote: false },
        { type: 'annotate', anchor: { quote: 'a', prefix: '', suffix: '', start: 1, end: 2 }, color: 'red', withNote: false },
        { type: 'annotate', anchor: { quote: 'a', prefix: '', suffix: '', start: 1, end: 2 }, color: 'yellow' },
        { type: 'recolor', id: 'x', color: 'black' },
        { type: 'editNote', id: 7 },
      ]) {
        assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
      }
    });

    it('keeps only the fields it knows', () => {
      assert.deepEqual(parseWebviewMessage({ type: 'openCode', index: 0, command: 'x' }), { type: 'openCode', index: 0 });
    });
  });

  describe('command arguments', () => {
    it('reads openArticle arguments from the contract, strings and tree items', () => {
      assert.deepEqual(openArticleArgs({ url: 'u', preview: true, highlight: 'lambda' }), {
        url: 'u', preview: true, toSide: false, highlight: 'lambda',
      });
      assert.deepEqual(openArticleArgs('u'), { url: 'u', preview: false, toSide: false });
      assert.deepEqual(openArticleArgs({ article: { url: 'u' } }, true), { url: 'u', preview: false, toSide: true });
      assert.deepEqual(openArticleArgs({ url: 'u', annotationId: 'a1', toSide: true }), {
        url: 'u', preview: false, toSide: true, annotationId: 'a1',
      });
      assert.deepEqual(openArticleArgs(undefined), { preview: false, toSide: false });
      assert.deepEqual(openArticleArgs({ url: 'u', codeIndex: 2 }), { url: 'u', preview: false, toSide: false, codeIndex: 2 });
      assert.equal(openArticleArgs({ url: 'u', codeIndex: -2 }).codeIndex, undefined);
      assert.equal(openArticleArgs({ url: 42 }).url, undefined);
    });

    it('reads code block arguments and rejects unknown languages', () => {
      assert.deepEqual(codeBlockArgs({ url: 'u', index: 1, lang: 'python' }), { url: 'u', index: 1, lang: 'python' });
      assert.deepEqual(codeBlockArgs({ url: 'u', index: 0, lang: 'klingon' }), { url: 'u', index: 0 });
      assert.deepEqual(codeBlockArgs({ codeBlock: { url: 'u', index: 3 } }), { url: 'u', index: 3 });
      assert.deepEqual(codeBlockArgs({ article: { url: 'u' }, block: { index: 2 } }), { url: 'u', index: 2 });
      assert.deepEqual(codeBlockArgs({ url: 'u', index: -1 }), { url: 'u' });
      assert.deepEqual(codeBlockArgs(undefined), {});
    });
  });

  describe('finding a search query', () => {
    const text = 'Lambda title\nIntro text.\nUse AWS Lambda with S3.\nМоже и на кирилица: Тоест.\n';
    const body = 'Lambda title\n'.length;

    it('prefers the body over the title, case-insensitively', () => {
      assert.deepEqual(findQuery(text, 'lambda', body), { start: text.indexOf('Lambda with'), end: text.indexOf('Lambda with') + 6 });
    });

    it('falls back to the title, then to the longest word that occurs', () => {
      assert.deepEqual(findQuery(text, 'title', body), { start: 7, end: 12 });
      const at = text.indexOf('S3');
      assert.deepEqual(findQuery(text, 'missing S3', body), { start: at, end: at + 2 });
    });

    it('matches Cyrillic regardless of case, and regex characters literally', () => {
      const at = text.indexOf('Тоест');
      assert.deepEqual(findQuery(text, 'тоест', body), { start: at, end: at + 5 });
      assert.equal(findQuery(text, '.*', body), undefined);
      assert.equal(findQuery(text, '   ', body), undefined);
    });
  });

  describe('note Markdown in the popup', () => {
    it('draws code, strong and emphasis, and keeps the rest as typed', () => {
      assert.deepEqual(parseNote('Try **our** data with `SELECT *` and *care*.\nNext _line_.'), [
        { kind: 'text', text: 'Try ' },
        { kind: 'strong', pieces: [{ kind: 'text', text: 'our' }] },
        { kind: 'text', text: ' data with ' },
        { kind: 'code', text: 'SELECT *' },
        { kind: 'text', text: ' and ' },
        { kind: 'em', pieces: [{ kind: 'text', text: 'care' }] },
        { kind: 'text', text: '.\nNext ' },
        { kind: 'em', pieces: [{ kind: 'text', text: 'line' }] },
        { kind: 'text', text: '.' },
      ]);
      assert.deepEqual(parseNote('__very *much* so__'), [
        { kind: 'strong', pieces: [{ kind: 'text', text: 'very ' }, { kind: 'em', pieces: [{ kind: 'text', text: 'much' }] }, { kind: 'text', text: ' so' }] },
      ]);
    });

    it('leaves lone markers, snake_case, arithmetic and markup alone (markup is text, never HTML)', () => {
      for (const note of ['2 * 3 * 4', 'my_table_name and a_b_c', '** not bold **', 'a `b', '<img src=x onerror=alert(1)> & <b>x</b>', '- item\n- item']) {
        assert.deepEqual(parseNote(note), [{ kind: 'text', text: note }], note);
      }
      assert.deepEqual(parseNote('**<script>**'), [{ kind: 'strong', pieces: [{ kind: 'text', text: '<script>' }] }]);
      assert.deepEqual(parseNote('``a ` b``'), [{ kind: 'code', text: 'a ` b' }]);
      assert.deepEqual(parseNote(''), []);
    });

    it('gives a plain text version for tooltips', () => {
      assert.equal(plainNote('Worth trying with **our** data, see `x_y` and _this_.'), 'Worth trying with our data, see x_y and this.');
    });
  });

  describe('webview document', () => {
    it('has a strict CSP with the nonce and nothing inline', () => {
      const csp = contentSecurityPolicy('https://cdn.example', 'n0nce');
      assert.equal(csp, "default-src 'none'; style-src https://cdn.example; img-src https://cdn.example; script-src 'nonce-n0nce'");
      assert.ok(!csp.includes('unsafe'));
    });

    it('loads one script with the nonce and escapes the title', () => {
      const html = readerShell({
        cspSource: 'https://cdn.example', nonce: 'abc+/=', scriptUri: 'https://cdn.example/media/dist/reader.js',
        styleUri: 'https://cdn.example/media/reader.css', title: '</title><script>alert(1)</script>', loadingText: 'Loading…',
      });
      const root = parse(html.replace(/^<!DOCTYPE html>/, ''));
      const scripts = byTag(root, 'script');
      assert.equal(scripts.length, 1);
      assert.equal(attr(scripts[0], 'nonce'), 'abc+/=');
      assert.equal(attr(scripts[0], 'src'), 'https://cdn.example/media/dist/reader.js');
      assert.ok(!elements(root).some(e => e.attrs.some(a => a.name === 'style')));
      assert.ok(html.includes('&lt;/title&gt;&lt;script&gt;'));
    });

    it('makes a fresh nonce every time', () => {
      const nonces = new Set(Array.from({ length: 50 }, createNonce));
      assert.equal(nonces.size, 50);
      for (const nonce of nonces) assert.ok(nonce.length >= 22);
    });
  });
});
