import * as assert from 'node:assert/strict';
import { BUILTIN_TOPICS, OTHER_TOPIC, topicRules, topicsOf, type TopicInput } from '../../src/core/topics';

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
  });
});
