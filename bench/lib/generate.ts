// Generates realistic article dumps for benchmarks by remixing the seed dumps: the same line format, the same
// mix of prose, lists, tables and unfenced code, the same languages and sources, at any size. Deterministic for
// a given seed, so runs are comparable. Usable as a library or a script:
//   node out/bench/lib/generate.js OUT.txt [--articles N] [--bytes 100MB] [--seed N] [--seed-dir DIR]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRandom } from './random';

export interface GenerateOptions {
  /** Stop after this many articles. */
  articles?: number;
  /** Stop once the dump holds at least this many UTF-8 bytes. Without either limit: 100 articles. */
  bytes?: number;
  /** PRNG seed; the same options give the same text. Default 1. */
  seed?: number;
  /** Folder of seed dumps (*.txt); default $TECH_ARTICLES_SEED_DIR, then ../shared/corpus, then samples/. */
  seedDir?: string;
  /** Seed dump texts; when given, seedDir is not read. */
  seedTexts?: readonly string[];
  /** Start with a `Tag Archives: X` preamble line. */
  preamble?: string;
  /** End with the aggregator's site footer line, as most real dumps do. Default true. */
  footer?: boolean;
  /**
   * Words per article replaced by invented ones (names, products, identifiers) in prose paragraphs, so the
   * vocabulary keeps growing with the corpus as real text does; remixing alone would repeat the seeds' words.
   * Default 30; 0 keeps the seed words only.
   */
  newWords?: number;
}

export interface DumpSummary {
  articles: number;
  bytes: number;
}

const SYNDICATED = /^Post Syndicated from (.+) original (\S+)\s*$/;
const FOOTER = 'The collective thoughts of the interwebz';
const CYRILLIC = /[\u0400-\u04FF]/g;

interface SeedPost {
  title: string;
  authors: string[];
  url: string;
  cyrillic: boolean;
  /** Body split into runs that start at a prose paragraph, so code stays with the text that introduces it. */
  sections: string[][];
  bodyBytes: number;
}

interface SeedPool {
  posts: SeedPost[];
  /** Sections by script, the material bodies are remixed from. */
  sections: { latin: string[][]; cyrillic: string[][] };
  titleWords: { latin: string[]; cyrillic: string[] };
  authors: { latin: string[]; cyrillic: string[] };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function isCyrillic(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  return letters > 0 && (text.match(CYRILLIC)?.length ?? 0) / letters > 0.3;
}

/** A paragraph of prose: a long single line that reads like a sentence. */
function isProse(unit: string): boolean {
  return !unit.includes('\n') && unit.length > 80 && /^\p{Lu}/u.test(unit) && /[.!?:“”"]$/.test(unit.trimEnd());
}

function isHeading(unit: string): boolean {
  return !unit.includes('\n') && unit.length < 80 && /^\p{Lu}/u.test(unit) && !/[.:;,{}()=]$/.test(unit);
}

function splitSeedDump(text: string): SeedPost[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const starts: number[] = [];
  for (let i = 2; i < lines.length; i++) {
    if (SYNDICATED.test(lines[i]) && lines[i - 1].trim() === '' && lines[i - 2].trim() !== '') starts.push(i);
  }
  const posts: SeedPost[] = [];
  starts.forEach((line, n) => {
    const match = SYNDICATED.exec(lines[line])!;
    const end = n + 1 < starts.length ? starts[n + 1] - 2 : lines.length;
    const bodyLines = lines.slice(line + 1, end).filter(l => l.trim() !== FOOTER);
    const units = bodyLines.join('\n').split(/\n[ \t\u00A0]*\n/).map(u => u.replace(/^\n+|\s+$/g, '')).filter(u => u !== '');
    const sections: string[][] = [];
    for (const unit of units) {
      const previous = sections[sections.length - 1];
      if (!previous || isProse(unit)) {
        // A heading belongs to the text it introduces.
        const heading = previous && previous.length > 1 && isHeading(previous[previous.length - 1]) ? previous.pop()! : undefined;
        sections.push(heading ? [heading, unit] : [unit]);
      } else previous.push(unit);
    }
    const body = units.join('\n\n');
    posts.push({
      title: lines[line - 2].trim(),
      authors: match[1].split(/,\s*/),
      url: match[2],
      cyrillic: isCyrillic(body),
      sections,
      bodyBytes: Buffer.byteLength(body),
    });
  });
  return posts;
}

function defaultSeedDir(): string {
  if (process.env.TECH_ARTICLES_SEED_DIR) return process.env.TECH_ARTICLES_SEED_DIR;
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'bench'))) {
      const shared = path.resolve(dir, '..', 'shared', 'corpus');
      return fs.existsSync(shared) ? shared : path.join(dir, 'samples');
    }
  }
  throw new Error('no seed dumps found: pass seedDir or set TECH_ARTICLES_SEED_DIR');
}

const poolCache = new Map<string, SeedPool>();

function loadPool(options: GenerateOptions): SeedPool {
  let texts = options.seedTexts;
  let key = '';
  if (!texts) {
    const dir = options.seedDir ?? defaultSeedDir();
    key = dir;
    const cached = poolCache.get(key);
    if (cached) return cached;
    texts = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort().map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  const posts = texts.flatMap(splitSeedDump).filter(p => p.sections.length > 0);
  if (posts.length === 0) throw new Error('the seed dumps hold no posts');
  const pool: SeedPool = {
    posts,
    sections: { latin: [], cyrillic: [] },
    titleWords: { latin: [], cyrillic: [] },
    authors: { latin: [], cyrillic: [] },
  };
  for (const post of posts) {
    const script = post.cyrillic ? 'cyrillic' : 'latin';
    pool.sections[script].push(...post.sections);
    pool.titleWords[script].push(...post.title.split(/\s+/).filter(w => /^\p{L}{4,}$/u.test(w)));
    pool.authors[script].push(...post.authors);
  }
  if (key) poolCache.set(key, pool);
  return pool;
}

const BULGARIAN_LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sht', ъ: 'a',
  ь: 'y', ю: 'yu', я: 'ya',
};

/** URL slugs are ASCII, as the real ones (toest.bg transliterates its Bulgarian titles). */
function slugify(text: string): string {
  const latin = text.toLowerCase().replace(/[а-я]/g, c => BULGARIAN_LATIN[c] ?? '');
  return latin.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'post';
}

/** The seed URL with its last path segment replaced, so the host and blog path (the source) stay real. */
function variantUrl(seedUrl: string, title: string, id: string): string {
  const match = /^(https?:\/\/[^/]+(?:\/.*)?\/)([^/]+?)(\.html?)?(\/?)$/.exec(seedUrl);
  if (!match) return `${seedUrl.replace(/\/$/, '')}/${id}/`;
  const [, prefix, last, extension = '', slash] = match;
  const segment = /^\d+$/.test(last) ? id : `${slugify(title)}-${id}`;
  return `${prefix}${segment}${extension}${slash}`;
}

function variantTitle(random: () => number, base: string, words: readonly string[]): string {
  const parts = base.split(' ');
  const swaps = 1 + Math.floor(random() * 2);
  for (let i = 0; i < swaps && words.length > 0; i++) {
    const at = Math.floor(random() * parts.length);
    if (/^\p{L}{4,}$/u.test(parts[at])) parts[at] = pick(random, words);
  }
  return parts.join(' ');
}

const SYLLABLES = {
  latin: ['ka', 'lo', 'ri', 'ven', 'tor', 'sa', 'mi', 'dex', 'nu', 'bel', 'ga', 'flo', 'qui', 'ros', 'te', 'zan', 'pri', 'mo', 'lux', 'der'],
  cyrillic: ['ка', 'ло', 'ри', 'вен', 'тор', 'са', 'ми', 'дек', 'ну', 'бел', 'га', 'фло', 'зан', 'при', 'мо', 'лук', 'дер', 'жи', 'чо', 'ще'],
};

/** Invented words, reused with a falling probability: a few become common, most stay rare (Zipf-like). */
class Lexicon {
  private readonly words: string[] = [];
  constructor(private readonly script: 'latin' | 'cyrillic') {}

  next(random: () => number): string {
    if (this.words.length > 0 && random() < 0.5) return this.words[Math.floor(this.words.length * random() ** 2)];
    const count = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < count; i++) word += pick(random, SYLLABLES[this.script]);
    this.words.push(word);
    return word;
  }
}

const REPLACEABLE_WORD = /(?<=\s)\p{L}{5,}(?=[\s,.])/gu;

function inventWords(random: () => number, units: string[], lexicon: Lexicon, count: number): void {
  const prose = units.map((unit, i) => (isProse(unit) ? i : -1)).filter(i => i >= 0);
  for (let n = 0; n < count && prose.length > 0; n++) {
    const at = pick(random, prose);
    // The first long word after a random position: cheap, and still uniform enough.
    REPLACEABLE_WORD.lastIndex = Math.floor(random() * units[at].length);
    const chosen = REPLACEABLE_WORD.exec(units[at]);
    if (!chosen) continue;
    let word = lexicon.next(random);
    if (/^\p{Lu}/u.test(chosen[0])) word = word[0].toUpperCase() + word.slice(1);
    units[at] = units[at].slice(0, chosen.index) + word + units[at].slice(chosen.index! + chosen[0].length);
  }
}

function generateArticle(random: () => number, pool: SeedPool, id: string, lexicons: Record<'latin' | 'cyrillic', Lexicon>, newWords: number): string {
  const base = pick(random, pool.posts);
  const script = base.cyrillic ? 'cyrillic' : 'latin';
  const title = variantTitle(random, base.title, pool.titleWords[script]);
  const authors = random() < 0.15
    ? [pick(random, pool.authors[script]), pick(random, pool.authors[script])]
    : [random() < 0.5 ? base.authors[0] : pick(random, pool.authors[script])];
  const url = variantUrl(base.url, title, id);
  // Body length follows the seed distribution: the length of another real post, ±30%.
  const target = pick(random, pool.posts).bodyBytes * (0.7 + random() * 0.6);
  const units: string[] = [...base.sections[0]];
  let size = units.reduce((n, u) => n + u.length + 2, 0);
  const material = pool.sections[script];
  while (size < target) {
    const section = random() < 0.4 ? pick(random, base.sections) : pick(random, material);
    units.push(...section);
    size += section.reduce((n, u) => n + u.length + 2, 0);
  }
  inventWords(random, units, lexicons[script], newWords);
  return `${title}\n\nPost Syndicated from ${[...new Set(authors)].join(', ')} original ${url}\n\n${units.join('\n\n')}\n\n`;
}

/** Yields the dump in pieces (preamble, articles, footer) so callers can stream it. */
export function* generatePieces(options: GenerateOptions = {}): Generator<string, DumpSummary> {
  const pool = loadPool(options);
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const lexicons = { latin: new Lexicon('latin'), cyrillic: new Lexicon('cyrillic') };
  const newWords = options.newWords ?? 30;
  const maxArticles = options.articles ?? (options.bytes === undefined ? 100 : Infinity);
  const maxBytes = options.bytes ?? Infinity;
  let bytes = 0;
  let articles = 0;
  const emit = (text: string): string => { bytes += Buffer.byteLength(text); return text; };
  if (options.preamble) yield emit(`Tag Archives: ${options.preamble}\n\n`);
  while (articles < maxArticles && bytes < maxBytes) {
    // The seed is part of the id: dumps generated with different seeds can be loaded together (URL = identity).
    yield emit(generateArticle(random, pool, `${seed}${String(articles).padStart(6, '0')}`, lexicons, newWords));
    articles++;
  }
  if (options.footer ?? true) yield emit(`${FOOTER}\n`);
  return { articles, bytes };
}

/** A whole dump as one string: fine up to a few tens of MB; use writeDump beyond. */
export function generateDump(options: GenerateOptions = {}): string {
  return [...generatePieces(options)].join('');
}

/** Writes a dump of any size to `file` in ~1 MB chunks without holding it in memory. */
export function writeDump(file: string, options: GenerateOptions = {}): DumpSummary {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const fd = fs.openSync(file, 'w');
  try {
    const pieces = generatePieces(options);
    let buffered: string[] = [];
    let bufferedLength = 0;
    for (;;) {
      const next = pieces.next();
      if (!next.done) {
        buffered.push(next.value);
        bufferedLength += next.value.length;
      }
      if (bufferedLength >= 1 << 20 || (next.done && buffered.length > 0)) {
        fs.writeSync(fd, buffered.join(''));
        buffered = [];
        bufferedLength = 0;
      }
      if (next.done) return next.value;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** "100MB", "512k", "2000" → bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)b?$/i.exec(text.trim());
  if (!match) throw new Error(`not a size: ${text}`);
  const scale = { '': 1, k: 1 << 10, m: 1 << 20, g: 1 << 30 }[match[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(match[1]) * scale);
}

function main(argv: string[]): number {
  const options: GenerateOptions = {};
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--articles') options.articles = Number(argv[++i]);
    else if (arg === '--bytes') options.bytes = parseSize(argv[++i]);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--seed-dir') options.seedDir = argv[++i];
    else if (arg === '--preamble') options.preamble = argv[++i];
    else if (!arg.startsWith('--')) out = arg;
  }
  if (!out) {
    process.stderr.write('usage: generate OUT.txt [--articles N] [--bytes 100MB] [--seed N] [--seed-dir DIR]\n');
    return 2;
  }
  const started = Date.now();
  const summary = writeDump(out, options);
  process.stdout.write(`${out}: ${summary.articles} articles, ${(summary.bytes / 1e6).toFixed(1)} MB in ${Date.now() - started} ms\n`);
  return 0;
}

// Only when run as a script: bundles that include this module (dist/bench/*.js) are `require.main` too.
if (require.main === module && /generate\.[jt]s$/.test(process.argv[1] ?? '')) process.exitCode = main(process.argv.slice(2));
