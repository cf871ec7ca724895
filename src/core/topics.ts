// Topics: a small, documented, deterministic taxonomy. An article gets every topic whose URL fragment it
// matches (the blog path says what the blog is about), plus topics whose keywords weigh enough in its title,
// tags and opening text; at most MAX_TOPICS, and "Other" when nothing matches.
// Users extend or override it with the setting `techArticles.topics` (topic → keywords or URL fragments).
import { CodeUnitBuffer } from './codeUnits';

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

/**
 * The rules of the last overrides asked for: every parse and every headline pass asks, and the same list means
 * one keyword index per process (a second index also made V8 throw away the optimised matcher once).
 */
let lastRules: { key: string; rules: readonly TopicRule[] } | undefined;

/** Built-in rules with the user's overrides applied: a listed topic's rules are replaced; [] removes it. */
export function topicRules(overrides: TopicOverrides = {}): readonly TopicRule[] {
  const key = JSON.stringify(overrides) ?? '';
  if (lastRules?.key === key) return lastRules.rules;
  const rules = Object.freeze(rulesWith(overrides));
  lastRules = { key, rules };
  return rules;
}

function rulesWith(overrides: TopicOverrides): TopicRule[] {
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

/**
 * Keywords are found by hashing each word as it is scanned, with no lower-cased copy of the text and no array
 * of words (a 2,500-character opening is read for every article of a 100 MB dump, in the headline pass too);
 * a hash that matches is then compared character by character. A key is a keyword's words, in lower case.
 */
interface Key { words: string[]; rules: number[] }
interface KeywordIndex {
  keys: Key[];
  /** Open addressing by hash: slot → key number + 1 (0 = empty), with the key's hash beside it. */
  slots: Int32Array;
  hashes: Int32Array;
  mask: number;
  /** Hashes of the first words of phrases, same layout (1 = present). */
  phraseStarts: Int32Array;
  startHashes: Int32Array;
  hasStems: boolean;
  longestWord: number;
  /** By hash & filterMask: 1 if some one-word key or phrase start may have this hash. Most words miss here, at one read. */
  filter: Uint8Array;
  filterMask: number;
}
/** Longer keywords are never matched. */
const MAX_PHRASE = 3;
const indexes = new WeakMap<readonly TopicRule[], KeywordIndex>();

function keywordIndex(rules: readonly TopicRule[]): KeywordIndex {
  const index = indexes.get(rules);
  if (index) return index;
  const keys: Key[] = [];
  const byText = new Map<string, Key>();
  let hasStems = false;
  rules.forEach((rule, r) => {
    for (const keyword of rule.keywords) {
      const words = wordsOf(keyword);
      if (words.some(word => /[\u0400-\u04ff]/.test(word))) hasStems = true;
      if (words.length === 0 || words.length > MAX_PHRASE) continue;
      const text = words.join(' ');
      let key = byText.get(text);
      if (!key) {
        key = { words, rules: [] };
        byText.set(text, key);
        keys.push(key);
      }
      if (!key.rules.includes(r)) key.rules.push(r);
    }
  });
  let size = 64;
  while (size < keys.length * 4) size *= 2;
  const built: KeywordIndex = {
    keys, slots: new Int32Array(size), hashes: new Int32Array(size), mask: size - 1,
    phraseStarts: new Int32Array(size), startHashes: new Int32Array(size), hasStems,
    longestWord: Math.max(0, ...keys.filter(key => key.words.length === 1).map(key => key.words[0].length)),
    filter: new Uint8Array(size * 4), filterMask: size * 4 - 1,
  };
  keys.forEach((key, k) => {
    const hashes = key.words.map(wordHash);
    add(built.slots, built.hashes, hashes.reduce(phraseHash), k + 1);
    if (hashes.length > 1) add(built.phraseStarts, built.startHashes, hashes[0], 1);
    built.filter[hashes[0] & built.filterMask] = 1;
  });
  indexes.set(rules, built);
  return built;
}

function add(slots: Int32Array, hashes: Int32Array, hash: number, value: number): void {
  let slot = hash & (slots.length - 1);
  while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1);
  slots[slot] = value;
  hashes[slot] = hash;
}

// Words: runs of [a-z0-9], Latin-1/Extended-A/B and Cyrillic letters after lower-casing, joined by a single
// "/", ".", "+", "#" or "-" ("ci/cd", "open-source", "node.js"). Lower case is String#toLowerCase's, taken one
// code unit at a time; "İ" is the one character it turns into two ("i" and a combining dot), which ends a word.
const DOTTED_CAPITAL_I = 0x130;
const lowerCase = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) lowerCase[c] = c >= 65 && c <= 90 ? c + 32 : c;

function lower(c: number): number {
  const l = lowerCase[c];
  return l !== 0 || c === 0 ? l : (lowerCase[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0));
}

/** [0-9A-Za-z]: most characters are ASCII, and they need no lower-casing to be told from separators. */
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = isWordUnit(lowerCase[c]) ? 1 : 0;

function isWordUnit(l: number): boolean {
  return l < 0x80 ? (l >= 97 && l <= 122) || (l >= 48 && l <= 57) : (l >= 0xc0 && l <= 0x24f) || (l >= 0x400 && l <= 0x4ff);
}

function isJoiner(l: number): boolean {
  return l === 47 || l === 46 || l === 43 || l === 35 || l === 45;
}

function step(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + unit) | 0;
}

function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = step(hash, word.charCodeAt(i));
  return hash;
}

function phraseHash(first: number, next: number): number {
  return (Math.imul(first, 0x01000193) ^ next) | 0;
}

/** What `wordEnd` found besides the end: the hash of the word's lower-cased code units, and whether it has Cyrillic. */
let scannedHash = 0;
let scannedCyrillic = false;

/** The end of the word starting at units[start] (a word unit) within units[0, limit); see scannedHash. */
function wordEnd(units: Uint16Array, start: number, limit: number): number {
  let i = start;
  let c = units[i];
  let l = lower(c);
  let hash = 0;
  let cyrillic = false;
  for (;;) {
    hash = step(hash, l);
    if (l >= 0x400) cyrillic = true;
    i++;
    if (c === DOTTED_CAPITAL_I || i >= limit) break;
    c = units[i];
    // Most characters of a word are ASCII lower-case letters or digits: no table, no class test, no call (a
    // fresh process runs this loop in the interpreter for its first few hundred articles, where calls cost most).
    while ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      hash = (Math.imul(hash, 31) + c) | 0;
      if (++i >= limit) break;
      c = units[i];
    }
    if (i >= limit) break;
    l = lower(c);
    if (isWordUnit(l)) continue;
    if (!isJoiner(l) || i + 1 >= limit) break;
    const after = units[i + 1];
    const afterLower = lower(after);
    if (!isWordUnit(afterLower)) break;
    hash = step(hash, l);
    i++;
    c = after;
    l = afterLower;
  }
  scannedHash = hash;
  scannedCyrillic = cyrillic;
  return i;
}

function wordsOf(text: string): string[] {
  const words: string[] = [];
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  for (let i = 0; i < text.length;) {
    if (!isWordUnit(lower(units[i]))) { i++; continue; }
    const end = wordEnd(units, i, text.length);
    let word = '';
    for (; i < end; i++) word += String.fromCharCode(lower(units[i]));
    words.push(word);
  }
  return words;
}

export function topicsOf(article: TopicInput, overrides?: TopicOverrides, rules: readonly TopicRule[] = topicRules(overrides)): string[] {
  const url = article.url.toLowerCase();
  const index = keywordIndex(rules);
  const scores = new Array<number>(rules.length).fill(0);
  const heading = `${article.title} ${article.tags.join(' ')}`;
  weigh(index, heading, heading.length, scores, TITLE_WEIGHT);
  weigh(index, article.text, Math.min(article.text.length, TEXT_SCAN), scores, 1);
  const byUrl: string[] = [];
  const scored: Array<{ name: string; score: number }> = [];
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (matchesUrl(rule, url)) byUrl.push(rule.name);
    if (scores[r] >= (rule.userDefined ? USER_THRESHOLD : TEXT_THRESHOLD)) scored.push({ name: rule.name, score: scores[r] });
  }
  scored.sort((a, b) => b.score - a.score || byName(a.name, b.name));
  const topics = [...byUrl];
  for (const { name } of scored) {
    if (topics.length >= MAX_TOPICS) break;
    if (!topics.includes(name)) topics.push(name);
  }
  return topics.length > 0 ? topics : [OTHER_TOPIC];
}

/**
 * Ties go by name in code-unit order: the same on every machine (localeCompare follows the process's locale,
 * and its first call loads ICU's collation data, 4.3 MB in every parse process). The built-in names sort the
 * same either way.
 */
export function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchesUrl(rule: TopicRule, url: string): boolean {
  for (const fragment of rule.urlFragments) if (url.includes(fragment)) return true;
  return false;
}

/** Per rule, the weight of its keywords in `text` (whole text; topicsOf reads only the opening). */
export function keywordWeights(text: string, rules: readonly TopicRule[]): number[] {
  const weights = new Array<number>(rules.length).fill(0);
  weigh(keywordIndex(rules), text, text.length, weights, 1);
  return weights;
}

/** The text being weighed (see CodeUnitBuffer). */
const textUnits = new CodeUnitBuffer(4096);

/** Hit counts per key, reused from call to call, and the keys hit in this call (only those are read and cleared). */
let hitCounts = new Uint8Array(256);
let hitKeys = new Int32Array(256);
let hitKeyCount = 0;

function hit(key: number): void {
  const count = hitCounts[key];
  if (count === 0) hitKeys[hitKeyCount++] = key;
  if (count < PER_KEYWORD_CAP) hitCounts[key] = count + 1;
}

/**
 * Adds `factor` × the keyword hits in text[0, limit) to each rule's weight in `weights`, each distinct keyword
 * counting at most PER_KEYWORD_CAP.
 */
function weigh(index: KeywordIndex, text: string, limit: number, weights: number[], factor: number): void {
  const units = textUnits.copy(text, limit);
  const { keys, phraseStarts, startHashes, filter, filterMask } = index;
  if (hitCounts.length < keys.length) {
    hitCounts = new Uint8Array(keys.length);
    hitKeys = new Int32Array(keys.length);
  }
  hitKeyCount = 0;
  // The two words before this one, for phrases: where they are, their hashes, whether a phrase starts with them.
  let start1 = 0, end1 = 0, hash1 = 0, opens1 = false;
  let start2 = 0, end2 = 0, hash2 = 0, opens2 = false;
  for (let i = 0; i < limit;) {
    const c = units[i];
    if (c < 0x80 ? ASCII_WORD[c] === 0 : !isWordUnit(lower(c))) { i++; continue; }
    const start = i;
    i = wordEnd(units, start, limit);
    const hash = scannedHash;
    const known = filter[hash & filterMask] !== 0;
    const exact = known ? find(index, units, hash, 1, start, i, 0, 0, 0, 0) : -1;
    if (exact >= 0) hit(exact);
    else if (scannedCyrillic && index.hasStems && i - start > MIN_STEM) hitStem(index, units, start, i);
    if (opens1) {
      const pair = find(index, units, phraseHash(hash1, hash), 2, start1, end1, start, i, 0, 0);
      if (pair >= 0) hit(pair);
    }
    if (opens2) {
      const triple = find(index, units, phraseHash(phraseHash(hash2, hash1), hash), 3, start2, end2, start1, end1, start, i);
      if (triple >= 0) hit(triple);
    }
    start2 = start1; end2 = end1; hash2 = hash1; opens2 = opens1;
    start1 = start; end1 = i; hash1 = hash; opens1 = known && contains(phraseStarts, startHashes, hash);
  }
  for (let h = 0; h < hitKeyCount; h++) {
    const k = hitKeys[h];
    const weight = factor * hitCounts[k];
    for (const r of keys[k].rules) weights[r] += weight;
    hitCounts[k] = 0;
  }
}

function contains(slots: Int32Array, hashes: Int32Array, hash: number): boolean {
  const mask = slots.length - 1;
  for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) if (hashes[slot] === hash) return true;
  return false;
}

/** The key whose `count` words are units[start0, end0), units[start1, end1), … with this hash, or -1. */
function find(
  index: KeywordIndex, units: Uint16Array, hash: number, count: number,
  start0: number, end0: number, start1: number, end1: number, start2: number, end2: number,
): number {
  const { slots, hashes, mask, keys } = index;
  for (let slot = hash & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
    if (hashes[slot] !== hash) continue;
    const k = slots[slot] - 1;
    const words = keys[k].words;
    if (words.length === count && isWord(words[0], units, start0, end0)
      && (count < 2 || isWord(words[1], units, start1, end1)) && (count < 3 || isWord(words[2], units, start2, end2))) return k;
  }
  return -1;
}

function isWord(word: string, units: Uint16Array, start: number, end: number): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(units[start + i]) !== word.charCodeAt(i)) return false;
  return true;
}

/** Bulgarian inflects: the longest keyword a Cyrillic word starts with counts ("избори" in "изборите"). */
function hitStem(index: KeywordIndex, units: Uint16Array, start: number, end: number): void {
  const prefixHashes: number[] = [];
  let hash = 0;
  const last = Math.min(end - 1, start + index.longestWord);
  for (let i = start; i < last; i++) prefixHashes.push(hash = step(hash, lower(units[i])));
  for (let length = prefixHashes.length; length >= MIN_STEM; length--) {
    const key = find(index, units, prefixHashes[length - 1], 1, start, start + length, 0, 0, 0, 0);
    if (key >= 0) {
      hit(key);
      return;
    }
  }
}
