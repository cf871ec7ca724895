// The reader feature: the Open Article commands, the code block language command and the reader tabs.
import * as vscode from 'vscode';
import { CODE_LANGUAGES, type Article, type CodeLanguage } from '../core/model';
import type { Services } from '../services';
import { codeBlockArgs, openArticleArgs } from './args';
import { LANGUAGE_NAMES } from '../core/languageNames';
import type { RenderTiming, RevealRequest } from './panel';
import { ReaderPanels } from './panels';

export function registerReader(services: Services): vscode.Disposable {
  const panels = new ReaderPanels(services);
  services.reader = {
    tabs: () => panels.all().map(panel => panel.info()),
    receive: async (url, message) => {
      const panel = panels.all().find(p => p.url === url);
      if (!panel) throw new Error(`no reader tab shows ${url}`);
      await panel.receive(message);
    },
  };
  const guarded = <A extends unknown[], R>(name: string, run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R | undefined> => {
      try {
        return await run(...args);
      } catch (error) {
        services.log.error(`${name} failed`, error);
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Could not complete “{0}”: {1}', name, error instanceof Error ? error.message : String(error)),
        );
        return undefined;
      }
    };

  const openArticle = async (arg: unknown, toSide: boolean): Promise<RenderTiming | undefined> => {
    const args = openArticleArgs(arg, toSide);
    const url = args.url ?? (await pickArticle(services));
    if (!url) return undefined;
    // Waits (with progress) for the body of an article listed but still being parsed.
    if (!(await services.library.fullArticle(url))) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The article {0} is not in the library.', url));
      return undefined;
    }
    const reveal: RevealRequest | undefined = args.annotationId
      ? { annotationId: args.annotationId }
      : args.codeIndex !== undefined
        ? { codeIndex: args.codeIndex }
        : args.highlight
          ? { highlight: args.highlight }
          : undefined;
    return panels.open(url, { preview: args.preview, toSide: args.toSide, reveal });
  };

  return vscode.Disposable.from(
    panels,
    vscode.commands.registerCommand('techArticles.openArticle', guarded('Open Article', (arg?: unknown) => openArticle(arg, false))),
    vscode.commands.registerCommand('techArticles.openArticleToSide', guarded('Open Article to the Side', (arg?: unknown) => openArticle(arg, true))),
    vscode.commands.registerCommand(
      'techArticles.setCodeBlockLanguage',
      guarded('Set Code Block Language', (arg?: unknown) => setCodeBlockLanguage(services, panels, arg)),
    ),
  );
}

async function pickArticle(services: Services): Promise<string | undefined> {
  await services.library.whenReady();
  const articles = services.library.articles();
  if (articles.length === 0) {
    const add = vscode.l10n.t('Add Folder or File…');
    const samples = vscode.l10n.t('Open Sample Articles');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('There are no articles yet.'), add, samples);
    if (answer === add) await vscode.commands.executeCommand('techArticles.addSource');
    if (answer === samples) await vscode.commands.executeCommand('techArticles.openSamples');
    return undefined;
  }
  const items = [...articles]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map(article => ({
      label: article.title,
      description: article.source,
      detail: [article.authors.join(', '), article.topics.join(', ')].filter(Boolean).join(' · '),
      url: article.url,
    }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Open Article'),
    placeHolder: vscode.l10n.t('Type to find an article by title, source or author'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.url;
}

async function setCodeBlockLanguage(services: Services, panels: ReaderPanels, arg: unknown): Promise<void> {
  const args = codeBlockArgs(arg);
  const url = args.url ?? panels.active()?.url;
  const article = url ? services.library.article(url) : undefined;
  if (!article) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Choose a code block in the reader or the Articles view first.'));
    return;
  }
  const index = args.index ?? (await pickCodeBlock(services, article));
  if (index === undefined) return;
  const block = services.library.codeBlock(article.url, index) ?? article.codeBlocks[index];
  if (!block) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The article has no code block {0}.', index + 1));
    return;
  }
  const lang = args.lang ?? (await pickLanguage(block.lang));
  if (!lang || lang === block.lang) return;
  await services.library.setLanguageOverride(article.url, index, lang);
  for (const panel of panels.all()) if (panel.url === article.url) panel.refresh();
}

async function pickCodeBlock(services: Services, article: Article): Promise<number | undefined> {
  const items = article.codeBlocks.map((original, index) => {
    const block = services.library.codeBlock(article.url, index) ?? original;
    return {
      label: vscode.l10n.t('Code block {0}', index + 1),
      description: LANGUAGE_NAMES[block.lang],
      detail: block.code.split('\n', 1)[0].slice(0, 120),
      index,
    };
  });
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This article has no code blocks.'));
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Set Code Block Language') }))?.index;
}

async function pickLanguage(current: CodeLanguage): Promise<CodeLanguage | undefined> {
  const items = CODE_LANGUAGES.map(lang => ({
    label: LANGUAGE_NAMES[lang],
    description: lang === current ? vscode.l10n.t('current') : lang,
    lang,
    picked: lang === current,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Set Code Block Language'),
    placeHolder: vscode.l10n.t('Language of this code block (now {0})', LANGUAGE_NAMES[current]),
    matchOnDescription: true,
  });
  return picked?.lang;
}
