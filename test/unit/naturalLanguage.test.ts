// The natural language of an article (src/core/naturalLanguage.ts), and the headline pass's form of it that
// takes the title and the opening apart: both must always agree.
import * as assert from 'node:assert/strict';
import { naturalLanguageOf, naturalLanguageOfParts } from '../../src/core/naturalLanguage';

describe('core: natural language', () => {
  const cases: Array<[string, string, string]> = [
    ['Deploying a regional failover', 'Amazon Route 53 health checks decide where traffic goes.', 'en'],
    ['Седмицата', 'Такива са новините от седмицата, събрани на едно място.', 'bg'],
    ['Новости', 'Это был тяжёлый год для всех нас, и мы это знаем.', 'ru'],
    ['Новини', 'Це були важливі новини для України і світу.', 'uk'],
    ['Kubernetes в продакшене', 'A long English opening that mentions a Cyrillic word in the title only. '.repeat(5), 'en'],
    ['English title', `${'x'.repeat(1990)} Такива са новините`, 'en'],
    ['', '', 'en'],
  ];

  it('tells Bulgarian, Russian and Ukrainian from the letters, and English otherwise', () => {
    for (const [title, text, expected] of cases) assert.equal(naturalLanguageOf(`${title}\n${text}`), expected, title);
  });

  it('gives the same answer from the title and the text apart', () => {
    for (const [title, text] of cases) assert.equal(naturalLanguageOfParts(title, text), naturalLanguageOf(`${title}\n${text}`), title);
    // Cyrillic past the 2,000 characters sampled: English either way.
    const late = `${'word '.repeat(500)}Такива са новините, събрани на едно място`;
    assert.equal(naturalLanguageOfParts('Title', late), naturalLanguageOf(`Title\n${late}`));
  });
});
