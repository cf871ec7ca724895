// The reader's webview document: a strict CSP, the stylesheet and the script from media/, and an empty
// container the script fills when the host sends `render`. Pure (no `vscode`), unit-tested in Node.
import { randomBytes } from 'node:crypto';
import { escapeAttribute, escapeText } from './html';

export interface ShellOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  title: string;
  loadingText: string;
}

/** A fresh nonce: 128 random bits. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `img-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function readerShell(options: ShellOptions): string {
  const { cspSource, nonce, scriptUri, styleUri, title, loadingText } = options;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(styleUri)}">
<title>${escapeText(title)}</title>
</head>
<body>
<main id="reader" class="reader"><p class="loading">${escapeText(loadingText)}</p></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(scriptUri)}"></script>
</body>
</html>`;
}
