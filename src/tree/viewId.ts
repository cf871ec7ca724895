/** The Articles view's id (package.json `contributes.views`). */
export const ARTICLES_VIEW = 'techArticles.articles';
