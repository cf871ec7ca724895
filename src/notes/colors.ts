// Highlight colours as the user sees them: names in their language, icons in the theme's colours
// (`techArticles.highlight.*`, contributed in package.json so themes can adjust them).
import * as vscode from 'vscode';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../core/model';

export function colorLabel(color: HighlightColor): string {
  switch (color) {
    case 'yellow': return vscode.l10n.t('Yellow');
    case 'green': return vscode.l10n.t('Green');
    case 'blue': return vscode.l10n.t('Blue');
    case 'pink': return vscode.l10n.t('Pink');
    case 'purple': return vscode.l10n.t('Purple');
  }
}

export function colorIcon(color: HighlightColor): vscode.ThemeIcon {
  return new vscode.ThemeIcon('circle-filled', new vscode.ThemeColor(`techArticles.highlight.${color}`));
}

/** Asks for a colour; undefined when the user cancels. */
export async function pickColor(current?: HighlightColor): Promise<HighlightColor | undefined> {
  const items = HIGHLIGHT_COLORS.map(color => ({
    label: colorLabel(color),
    iconPath: colorIcon(color),
    description: color === current ? vscode.l10n.t('current') : undefined,
    color,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Highlight colour') });
  return picked?.color;
}
