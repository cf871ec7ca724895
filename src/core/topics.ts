// Topics: a small, documented, deterministic taxonomy. An article gets every topic whose URL fragment it
// matches (the blog path says what the blog is about), plus topics whose keywords weigh enough in its title,
// tags and opening text; at most MAX_TOPICS, and "Other" when nothing matches.
// Users extend or override it with the setting `techArticles.topics` (topic → keywords or URL fragments).

export type TopicOverrides = Record<string, readonly string[]>;

export interface TopicRule {
  name: string;
  /** Matched against the URL (lower case), e.g. "/blogs/big-data/" or "lwn.net". */
  urlFragments: readonly string[];
  /** Whole-word, case-insensitive keywords matched in title, tags and text (Cyrillic ones as word stems). */
  keywords: readonly string[];
  /** From the user's setting: one hit in the title or two in the text are enough. */
  userDefined?: boolean;
}

export const OTHER_TOPIC = 'Other';
const MAX_TOPICS = 3;
/** Keyword weight a topic needs from the text alone (title hits count TITLE_WEIGHT). */
const TEXT_THRESHOLD = 8;
const USER_THRESHOLD = 2;
/** Bulgarian inflects: a Cyrillic keyword also matches longer words it starts ("избори" → "изборите"). */
const MIN_STEM = 4;
const TITLE_WEIGHT = 4;
/** Hits of one keyword count at most this much, so one repeated word cannot make a topic. */
const PER_KEYWORD_CAP = 3;
/** Only the opening of long articles is scanned: it names the subject, and it keeps 100 MB corpora fast. */
const TEXT_SCAN = 2500;

export const BUILTIN_TOPICS: readonly TopicRule[] = [
  {
    name: 'Analytics & Databases',
    urlFragments: ['/blogs/big-data/', '/blogs/database/'],
    keywords: ['sql', 'database', 'databases', 'redshift', 'athena', 'data lake', 'lakehouse', 'iceberg', 'glue', 'emr', 'spark', 'flink', 'kafka', 'kinesis', 'opensearch', 'analytics', 'postgresql', 'postgres', 'mysql', 'mariadb', 'snowflake', 'data warehouse', 'etl', 'datazone', 'clickhouse', 'aurora', 'dynamodb', 'pinot'],
  },
  {
    name: 'AI/ML',
    urlFragments: ['/blogs/machine-learning/'],
    keywords: ['machine learning', 'generative ai', 'genai', 'llm', 'llms', 'bedrock', 'sagemaker', 'embedding', 'embeddings', 'inference', 'neural', 'gpt', 'claude', 'amazon q', 'ai assistant', 'ai agents', 'agentic', 'foundation model', 'foundation models', 'workers ai', 'rag'],
  },
  {
    name: 'Security & Identity',
    urlFragments: ['/blogs/security/', 'schneier.com', 'krebsonsecurity.com'],
    keywords: ['security', 'iam', 'identity', 'encryption', 'vulnerability', 'vulnerabilities', 'authentication', 'authorization', 'zero trust', 'compliance', 'audit', 'kms', 'ddos', 'attack', 'attacks', 'threat', 'threats', 'privacy', 'cybersecurity', 'malware', 'access control'],
  },
  {
    name: 'Networking & Edge',
    urlFragments: ['/blogs/networking-and-content-delivery/'],
    keywords: ['bgp', 'dns', 'cdn', 'network', 'networks', 'networking', 'latency', 'routing', 'route', 'routes', 'privatelink', 'vpc', 'traffic', 'internet', 'edge', 'cloudfront', 'ipv6', 'ipv4', 'peering', 'data center', 'anycast'],
  },
  {
    name: 'DevOps & IaC',
    urlFragments: ['/blogs/devops/', '/blogs/infrastructure-and-automation/'],
    keywords: ['cdk', 'cloudformation', 'terraform', 'pulumi', 'ci/cd', 'pipeline', 'pipelines', 'deployment', 'devops', 'infrastructure as code', 'github actions', 'builds', 'git', 'developer productivity', 'ide'],
  },
  {
    name: 'Serverless & Compute',
    urlFragments: ['/blogs/compute/', '/blogs/containers/'],
    keywords: ['lambda', 'serverless', 'workers', 'ec2', 'container', 'containers', 'kubernetes', 'durable objects', 'fargate', 'ecs', 'eks', 'instances', 'step functions'],
  },
  {
    name: 'Linux & Open Source',
    urlFragments: ['lwn.net', '/blogs/opensource/'],
    keywords: ['linux', 'kernel', 'open source', 'open-source', 'gnu', 'debian', 'fedora', 'ubuntu', 'distribution', 'maintainer', 'maintainers', 'podman', 'upstream', 'patch', 'license'],
  },
  {
    name: 'Hardware & Storage',
    urlFragments: ['servethehome.com', 'backblaze.com'],
    keywords: ['gpu', 'gpus', 'cpu', 'cpus', 'server', 'servers', 'drive', 'drives', 'hdd', 'ssd', 'storage', 'object storage', 'nvme', 'epyc', 'nvidia', 'raspberry pi', 'hardware', 'motherboard', 'power', 's3'],
  },
  {
    name: 'Messaging',
    urlFragments: ['/blogs/messaging-and-targeting/'],
    keywords: ['sms', 'whatsapp', 'email', 'pinpoint', 'sns', 'sqs', 'messaging', 'notification', 'notifications', 'ses', 'queue', 'queues', 'sender id'],
  },
  {
    name: 'Architecture',
    urlFragments: ['/blogs/architecture/'],
    keywords: ['architecture', 'multi-region', 'failover', 'high availability', 'microservices', 'event-driven', 'scalability', 'resilience', 'disaster recovery', 'reference architecture'],
  },
  {
    name: 'Cloud News',
    urlFragments: ['/blogs/aws/'],
    keywords: ['generally available', 'now available', 'weekly roundup', 'announcing', 'launch', 'launches', 'preview'],
  },
  {
    name: 'Education',
    urlFragments: ['raspberrypi.org/blog', 'raspberrypi.com/news'],
    keywords: ['students', 'student', 'teachers', 'teacher', 'curriculum', 'school', 'schools', 'education', 'learners', 'образование', 'училище', 'ученици', 'учители'],
  },
  {
    name: 'Society & Politics',
    urlFragments: ['toest.bg'],
    keywords: ['politics', 'political', 'election', 'elections', 'government', 'democracy', 'president', 'parliament', 'war', 'policy', 'law', 'избори', 'президент', 'правителство', 'партия', 'партии', 'депутати', 'политика', 'власт', 'демокрация', 'общество'],
  },
];

export interface TopicInput {
  url: string;
  title: string;
  tags: readonly string[];
  text: string;
}

/** Built-in rules with the user's overrides applied: a listed topic's rules are replaced; [] removes it. */
export function topicRules(overrides: TopicOverrides = {}): TopicRule[] {
  const rules = new Map<string, TopicRule>(BUILTIN_TOPICS.map(rule => [rule.name, rule]));
  for (const [name, entries] of Object.entries(overrides)) {
    if (!Array.isArray(entries)) continue;
    const clean = entries.filter((e): e is string => typeof e === 'string' && e.trim().length > 0).map(e => e.trim());
    if (clean.length === 0) {
      rules.delete(name);
      continue;
    }
    rules.set(name, {
      name,
      urlFragments: clean.filter(isUrlFragment).map(e => e.toLowerCase()),
      keywords: clean.filter(e => !isUrlFragment(e)).map(e => e.toLowerCase()),
      userDefined: true,
    });
  }
  return [...rules.values()];
}

/** "/blogs/compute/", "lwn.net" are URL fragments; "lambda", "data lake" are keywords. */
function isUrlFragment(entry: string): boolean {
  return entry.includes('/') || (/^[\w-]+(\.[\w-]+)+$/.test(entry) && !/\s/.test(entry));
}

/** Keyword → indexes of the rules that list it; phrases are looked up as runs of up to MAX_PHRASE words. */
interface KeywordIndex { map: Map<string, number[]>; maxPhrase: number; phraseStarts: Set<string>; hasStems: boolean }
const MAX_PHRASE = 3;
const CYRILLIC = /[\u0400-\u04ff]/;
const indexes = new WeakMap<readonly TopicRule[], KeywordIndex>();

function keywordIndex(rules: readonly TopicRule[]): KeywordIndex {
  let index = indexes.get(rules);
  if (!index) {
    const map = new Map<string, number[]>();
    const phraseStarts = new Set<string>();
    let maxPhrase = 1;
    rules.forEach((rule, r) => {
      for (const keyword of rule.keywords) {
        const key = words(keyword).join(' ');
        if (!key) continue;
        const parts = key.split(' ');
        maxPhrase = Math.max(maxPhrase, Math.min(MAX_PHRASE, parts.length));
        if (parts.length > 1) phraseStarts.add(parts[0]);
        const list = map.get(key) ?? [];
        if (!list.includes(r)) list.push(r);
        map.set(key, list);
      }
    });
    index = { map, maxPhrase, phraseStarts, hasStems: [...map.keys()].some(k => CYRILLIC.test(k)) };
    indexes.set(rules, index);
  }
  return index;
}

/** Lower-case words; "/", "-" and "." inside a word are kept ("ci/cd", "open-source", "node.js"). */
const WORD = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]+(?:[/.+#-][a-z0-9\u00c0-\u024f\u0400-\u04ff]+)*/g;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function topicsOf(article: TopicInput, overrides?: TopicOverrides, rules: readonly TopicRule[] = topicRules(overrides)): string[] {
  const url = article.url.toLowerCase();
  const text = article.text.length > TEXT_SCAN ? article.text.slice(0, TEXT_SCAN) : article.text;
  const index = keywordIndex(rules);
  const titleWeights = weigh(index, rules.length, `${article.title} ${article.tags.join(' ')}`);
  const textWeights = weigh(index, rules.length, text);
  const byUrl: string[] = [];
  const scored: Array<{ name: string; score: number }> = [];
  rules.forEach((rule, r) => {
    if (rule.urlFragments.some(fragment => url.includes(fragment))) byUrl.push(rule.name);
    const score = titleWeights[r] * TITLE_WEIGHT + textWeights[r];
    if (score >= (rule.userDefined ? USER_THRESHOLD : TEXT_THRESHOLD)) scored.push({ name: rule.name, score });
  });
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const topics = [...byUrl];
  for (const { name } of scored) {
    if (topics.length >= MAX_TOPICS) break;
    if (!topics.includes(name)) topics.push(name);
  }
  return topics.length > 0 ? topics : [OTHER_TOPIC];
}

/** Per rule: keyword hits in `text`, each distinct keyword counting at most PER_KEYWORD_CAP. */
function weigh(index: KeywordIndex, ruleCount: number, text: string): number[] {
  const hits = new Map<string, number>();
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = list[i];
    if (index.map.has(word)) hits.set(word, Math.min(PER_KEYWORD_CAP, (hits.get(word) ?? 0) + 1));
    else if (index.hasStems && word.length > MIN_STEM && CYRILLIC.test(word)) {
      for (let n = word.length - 1; n >= MIN_STEM; n--) {
        const stem = word.slice(0, n);
        if (index.map.has(stem)) { hits.set(stem, Math.min(PER_KEYWORD_CAP, (hits.get(stem) ?? 0) + 1)); break; }
      }
    }
    if (!index.phraseStarts.has(word)) continue;
    let phrase = word;
    for (let n = 1; n < index.maxPhrase && i + n < list.length; n++) {
      phrase = `${phrase} ${list[i + n]}`;
      if (index.map.has(phrase)) hits.set(phrase, Math.min(PER_KEYWORD_CAP, (hits.get(phrase) ?? 0) + 1));
    }
  }
  const weights = new Array<number>(ruleCount).fill(0);
  for (const [keyword, count] of hits) for (const r of index.map.get(keyword)!) weights[r] += count;
  return weights;
}
