// Messages between the reader's host side (src/reader/) and its webview (media/src/reader.ts). Imported by
// both sides, so it holds types and constants only: no `vscode` import, no DOM.
import type { HighlightColor } from '../core/model';

/** The webview panel type; also the serializer id declared by `onWebviewPanel:techArticles.reader`. */
export const READER_VIEW_TYPE = 'techArticles.reader';

/** Typography resolved on the host from the reader and Markdown preview settings. */
export interface ReaderTypography {
  fontFamily: string;
  /** Pixels. */
  fontSize: number;
  /** Unitless multiplier. */
  lineHeight: number;
}

/** An annotation as drawn: its anchored offsets in the article's reading text. */
export interface DrawnHighlight {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
}

/** Something to scroll to and flash once the article is drawn. */
export type RevealTarget =
  | { kind: 'search'; start: number; end: number }
  | { kind: 'annotation'; id: string }
  | { kind: 'code'; index: number };

/** Text of the webview's own controls, localised on the host. */
export interface ReaderStrings {
  highlight: string;
  addNote: string;
  editNote: string;
  removeHighlight: string;
  colorNames: Record<HighlightColor, string>;
  selectionToolbar: string;
  highlightMenu: string;
}

export type HostMessage =
  | {
      type: 'render';
      /** Echoed back in `rendered`. */
      renderId: number;
      url: string;
      /** Escaped HTML built by src/reader/html.ts: every piece of article text is inert text. */
      html: string;
      typography: ReaderTypography;
      highlights: DrawnHighlight[];
      strings: ReaderStrings;
      reveal?: RevealTarget;
    }
  | { type: 'highlights'; highlights: DrawnHighlight[] }
  | { type: 'typography'; typography: ReaderTypography }
  | { type: 'reveal'; reveal: RevealTarget };

/** What the webview computed from a selection, in reading-text offsets. */
export interface SelectionAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** Set when the selection lies inside one code block. */
  codeIndex?: number;
}

export type CodeAction = 'copy' | 'insert' | 'open';

export type WebviewMessage =
  | { type: 'ready' }
  | {
      type: 'rendered';
      renderId: number;
      /** Webview: building the DOM from the message, ms. */
      drawMs: number;
      /** Webview: from receiving the message to the next frame painted (drawing, layout, paint), ms. */
      frameMs: number;
    }
  | { type: 'copyCode'; index: number }
  | { type: 'insertCode'; index: number }
  | { type: 'openCode'; index: number }
  | { type: 'setLanguage'; index: number }
  | { type: 'openLink'; href: string }
  | { type: 'annotate'; anchor: SelectionAnchor; color: HighlightColor; withNote: boolean }
  | { type: 'editNote'; id: string }
  | { type: 'recolor'; id: string; color: HighlightColor }
  | { type: 'removeAnnotation'; id: string };

/** Persisted by the webview through getState/setState; handed to the serializer after a reload. */
export interface ReaderWebviewState {
  url: string;
  scrollY: number;
  /**
   * The first text element on screen (its reading-text offset) and how far its top is above the viewport:
   * restores the place exactly even where off-screen blocks have only estimated heights.
   */
  anchor?: { offset: number; delta: number };
}

/** How many characters of context the webview captures on each side of a selection. */
export const ANCHOR_CONTEXT_LENGTH = 32;
