import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORPUS_DIR } from './parse.corpus';
import { randomTexts } from './randomText';
import { BUILTIN_TOPICS, byName, keywordWeights, OTHER_TOPIC, topicRules, topicsOf, type TopicInput, type TopicRule } from '../../src/core/topics';

function input(partial: Partial<TopicInput>): TopicInput {
  return { url: 'https://example.com/post', title: 'A post', tags: [], text: '', ...partial };
}

describe('topics', () => {
  it('assigns the topic named by the blog path of the URL', () => {
    assert.deepEqual(topicsOf(input({ url: 'https://aws.amazon.com/blogs/big-data/x/' })), ['Analytics & Databases']);
    assert.deepEqual(topicsOf(input({ url: 'https://aws.amazon.com/blogs/security/x/' })), ['Security & Identity']);
    assert.deepEqual(topicsOf(input({ url: 'https://lwn.net/Articles/1/' })), ['Linux & Open Source']);
    assert.deepEqual(topicsOf(input({ url: 'https://www.toest.bg/x/' })), ['Society & Politics']);
  });

  it('adds topics whose keywords weigh enough in the title and text', () => {
    const topics = topicsOf(input({
      url: 'https://blog.cloudflare.com/x',
      title: 'BGP route leaks and DNS',
      text: 'Routing on the Internet depends on BGP. Network operators filter routes; latency and traffic shift.',
    }));
    assert.deepEqual(topics, ['Networking & Edge']);
  });

  it('gives several topics, URL first, at most three', () => {
    const topics = topicsOf(input({
      url: 'https://aws.amazon.com/blogs/devops/x/',
      title: 'Deploy an Amazon Bedrock agent with the AWS CDK',
      text: 'Generative AI with Bedrock and an LLM. Embeddings and inference. Security: IAM roles, encryption, KMS keys, audit.',
    }));
    assert.equal(topics[0], 'DevOps & IaC');
    assert.ok(topics.includes('AI/ML'));
    assert.ok(topics.length <= 3);
  });

  it('reads Cyrillic keywords', () => {
    assert.deepEqual(topicsOf(input({ title: 'Изборите и президентът', text: 'Правителството, партия и избори; демокрация и власт.' })), ['Society & Politics']);
  });

  it('falls back to Other when nothing matches', () => {
    assert.deepEqual(topicsOf(input({ title: 'Hello', text: 'Nothing in particular here.' })), [OTHER_TOPIC]);
  });

  it('does not let one repeated word make a topic', () => {
    assert.deepEqual(topicsOf(input({ text: 'storage '.repeat(50) })), [OTHER_TOPIC]);
  });

  it('matches keywords as whole words', () => {
    assert.deepEqual(topicsOf(input({ title: 'Sqlite internals', text: 'Glueing things together with warfare metaphors.' })), [OTHER_TOPIC]);
  });

  it('is deterministic', () => {
    const article = input({ url: 'https://aws.amazon.com/blogs/architecture/x/', title: 'Multi-Region failover', text: 'Lambda serverless architecture with SQS queues and SNS notifications and DynamoDB.' });
    assert.deepEqual(topicsOf(article), topicsOf(article));
  });

  it('breaks ties by name in code-unit order, which orders the built-in names as a collator does', () => {
    const names = BUILTIN_TOPICS.map(rule => rule.name);
    assert.deepEqual([...names].sort(byName), [...names].sort((a, b) => a.localeCompare(b, 'en')));
    // Two user topics with one title hit each (equal weight), listed in reverse order: the name decides.
    const overrides = { 'Zeta rules': ['zebra'], 'Alpha rules': ['zebra'] };
    assert.deepEqual(topicsOf(input({ title: 'A zebra' }), overrides), ['Alpha rules', 'Zeta rules']);
  });

  describe('user overrides (techArticles.topics)', () => {
    it('adds a new topic from keywords and URL fragments', () => {
      const overrides = { Serverless: ['lambda', '/blogs/compute/'] };
      assert.ok(topicsOf(input({ url: 'https://aws.amazon.com/blogs/compute/x/' }), overrides).includes('Serverless'));
      assert.ok(topicsOf(input({ title: 'Lambda tips', text: 'lambda' }), overrides).includes('Serverless'));
    });

    it('replaces the rules of a listed built-in topic', () => {
      const overrides = { 'Linux & Open Source': ['freebsd'] };
      assert.deepEqual(topicsOf(input({ url: 'https://lwn.net/Articles/1/' }), overrides), [OTHER_TOPIC]);
      assert.deepEqual(topicsOf(input({ title: 'FreeBSD 15 released' }), overrides), ['Linux & Open Source']);
    });

    it('removes a built-in topic given an empty list, and ignores malformed entries', () => {
      const rules = topicRules({ Messaging: [], Broken: 'nope' as unknown as string[] });
      assert.ok(!rules.some(r => r.name === 'Messaging'));
      assert.ok(!rules.some(r => r.name === 'Broken'));
      assert.equal(rules.length, BUILTIN_TOPICS.length - 1);
    });

    it('tells URL fragments from keywords', () => {
      const [rule] = topicRules({ Custom: ['lwn.net', '/blogs/x/', 'data lake', 'k8s'] }).filter(r => r.name === 'Custom');
      assert.deepEqual(rule.urlFragments, ['lwn.net', '/blogs/x/']);
      assert.deepEqual(rule.keywords, ['data lake', 'k8s']);
    });

    it('gives the same frozen list for the same overrides, and a new one when they change', () => {
      const builtIn = topicRules();
      assert.equal(topicRules({}), builtIn);
      assert.ok(Object.isFrozen(builtIn));
      const custom = topicRules({ Custom: ['k8s'] });
      assert.notEqual(custom, builtIn);
      assert.equal(topicRules({ Custom: ['k8s'] }), custom);
      assert.ok(topicsOf(input({ title: 'k8s k8s' }), { Custom: ['k8s'] }).includes('Custom'));
      assert.ok(!topicRules().some(r => r.name === 'Custom'));
      assert.ok(!topicsOf(input({ title: 'k8s k8s' })).includes('Custom'));
    });
  });
});

/** The plain definition keywordWeights must agree with: lower-case the text, take the words, look them up. */
function referenceWeights(text: string, rules: readonly TopicRule[]): number[] {
  const WORD = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]+(?:[/.+#-][a-z0-9\u00c0-\u024f\u0400-\u04ff]+)*/g;
  const wordsOf = (value: string): string[] => value.toLowerCase().match(WORD) ?? [];
  const rulesOf = new Map<string, number[]>();
  rules.forEach((rule, r) => rule.keywords.forEach(keyword => {
    const key = wordsOf(keyword).join(' ');
    if (key && key.split(' ').length <= 3 && !rulesOf.get(key)?.includes(r)) rulesOf.set(key, [...(rulesOf.get(key) ?? []), r]);
  }));
  const hasStems = rules.some(rule => rule.keywords.some(keyword => /[\u0400-\u04ff]/.test(keyword.toLowerCase())));
  const hits = new Map<string, number>();
  const hit = (key: string) => hits.set(key, Math.min(3, (hits.get(key) ?? 0) + 1));
  const words = wordsOf(text);
  words.forEach((word, i) => {
    if (rulesOf.has(word)) hit(word);
    else if (hasStems && word.length > 4 && /[\u0400-\u04ff]/.test(word)) {
      for (let n = word.length - 1; n >= 4; n--) if (rulesOf.has(word.slice(0, n))) { hit(word.slice(0, n)); break; }
    }
    for (let n = 2; n <= 3 && i + n <= words.length; n++) {
      const phrase = words.slice(i, i + n).join(' ');
      if (rulesOf.has(phrase)) hit(phrase);
    }
  });
  const weights = new Array<number>(rules.length).fill(0);
  for (const [key, count] of hits) for (const r of rulesOf.get(key)!) weights[r] += count;
  return weights;
}

describe('topic keyword matching (a scanner that hashes words as it reads them)', () => {
  const pieces = ['sql', 'SQL', 'Data Lake', 'data  lake', 'ci/cd', 'CI/CD', 'open-source', 'open source', 'amazon q', 'node.js', 'a--b', 'x-', '-y', 's3', 'S3.',
    'избори', 'ИЗБОРИТЕ', 'президентът', 'изб', 'İstanbul', 'aİb', 'x-İ', 'K', 'Å', 'ẞ', 'é', 'É', '×', '—', '’', '𐐀', ' ', ' ', '\n', ',', '.', '-', '/', '#', '+', '1', 'q'];
  const ruleSets: Array<readonly TopicRule[]> = [
    BUILTIN_TOPICS,
    topicRules({ Custom: ['postgres', 'данни анализ', 'big data lake thing', 'k8s', 'İstanbul', 'x-y'] }),
    topicRules({ Only: ['данни анализ', 'sql', 'data'] }),
  ];

  it('weighs exactly as lower-casing the text and looking its words up would, on random text', () => {
    for (const text of randomTexts(pieces, 3000, 30, 7)) {
      for (const rules of ruleSets) assert.deepEqual(keywordWeights(text, rules), referenceWeights(text, rules), JSON.stringify(text));
    }
  });

  it('weighs the seed corpus exactly as the plain definition does', function () {
    const dir = CORPUS_DIR;
    if (!fs.existsSync(dir)) this.skip();
    for (const file of fs.readdirSync(dir).filter(name => name.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (let at = 0; at < text.length; at += 1500) {
        const window = text.slice(at, at + 2500);
        for (const rules of ruleSets) assert.deepEqual(keywordWeights(window, rules), referenceWeights(window, rules), `${file} @${at}`);
      }
    }
  });

  it('counts a keyword at most three times, and Cyrillic stems only from a Cyrillic word', () => {
    const rules = topicRules({ A: ['sql'], B: ['postgres'], C: ['избори'] });
    assert.deepEqual(keywordWeights('SQL sql Sql sQl', rules).slice(-3), [3, 0, 0]);
    assert.deepEqual(keywordWeights('postgresql изборите', rules).slice(-3), [0, 0, 1]);
  });
});
