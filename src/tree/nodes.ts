// The elements of the Articles view. Commands invoked from the tree receive these objects, so article and
// code block nodes carry `url` (and `index`) as plain properties: `techArticles.toggleRead`,
// `insertCodeBlock` and the others read `arg.url` / `arg.index` whether they get `{url, index}` or a node.
import type { ArticleSummary, CodeBlock } from '../core/model';
import type { SourceProblem } from '../services';
import type { Group } from './grouping';

export interface GroupNode {
  readonly kind: 'group';
  readonly group: Group;
  readonly favorites: boolean;
}

export interface ArticleNode {
  readonly kind: 'article';
  readonly url: string;
  /** The headline; the full article (code blocks) comes from the library once its body is parsed. */
  readonly article: ArticleSummary;
  /** Key of the group it is shown under: the same article may appear under several groups. */
  readonly parentKey: string;
  readonly parent: GroupNode;
}

export interface CodeBlockNode {
  readonly kind: 'codeBlock';
  readonly url: string;
  readonly index: number;
  readonly block: CodeBlock;
  readonly parent: ArticleNode;
}

export interface ProblemsNode {
  readonly kind: 'problems';
  readonly problems: readonly SourceProblem[];
}

export interface ProblemNode {
  readonly kind: 'problem';
  readonly problem: SourceProblem;
  readonly parent: ProblemsNode;
}

export type TreeNode = GroupNode | ArticleNode | CodeBlockNode | ProblemsNode | ProblemNode;
