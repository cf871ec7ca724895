// A compact inverted index with BM25 field scoring. Terms live in MiniSearch's radix tree (SearchableMap),
// which answers the prefix and typo-tolerant (edit distance) lookups; postings live in flat typed arrays.
// Measured against MiniSearch itself on the same 10,000 generated articles (bench/search.ts, CPU time): it keeps
// a Map per term and field and took 32 s and 302 MB to index them, this index 6.5 s and 72 MB, and it loads
// from its cache (0.5 s) without tokenizing anything again.
import SearchableMap from 'minisearch/SearchableMap';
import { FIELD_BOOST, FIELDS, type SearchDocument } from './documents';
import { runAtOnce, type Steps } from './slices';
import { foldForTerms, forEachTermBetween, pieceEnd } from './tokens';

const FIELD_COUNT = FIELDS.length;
const BOOSTS = FIELDS.map(field => FIELD_BOOST[field]);
/** BM25 parameters (the usual values). */
const K1 = 1.2;
const B = 0.7;

/** A term of the index that a query term matched, and how much such a match is worth (1 = exact). */
export interface TermMatch {
  term: string;
  weight: number;
}

export interface ExpandOptions {
  prefix: boolean;
  fuzzy: boolean;
}

/** How many index terms one query term may expand to (prefixes of one or two letters match thousands). */
const MAX_EXPANSIONS = 64;
const PREFIX_WEIGHT = 0.6;
const FUZZY_WEIGHT = 0.45;

/** Edit distance a query term of this length tolerates: none for short words, where typos are ambiguous. */
export function typoBudget(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

export interface IndexData {
  ids: string[];
  /** docCount × FIELD_COUNT term counts. */
  fieldLengths: Uint32Array;
  terms: string[];
  /** Postings of term t are entries postingStart[t] … postingStart[t+1]-1. */
  postingStart: Uint32Array;
  postingDoc: Uint32Array;
  /** tf × FIELD_COUNT + field index. */
  postingFieldFreq: Uint32Array;
}

/** A copy of a term that does not keep alive the (large) text it was sliced from. */
function ownCopy(term: string): string {
  return term.length > 12 ? JSON.parse(JSON.stringify(term)) as string : term;
}

/** Postings are appended to pages of this many uint32s (a multiple of 3: a triple never straddles two pages). */
const PAGE_LENGTH = 3 << 18;
/** Work between two pause points (see slices.ts): about a millisecond each. */
const POSTINGS_PER_PAUSE = 1 << 14;
const TERMS_PER_PAUSE = 128;
/** Characters of a field tokenized between two pause points (~1 ms; several in a fresh process). */
const PIECE_LENGTH = 2048;

export class IndexBuilder {
  private readonly ids: string[] = [];
  private readonly fieldLengths: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /**
   * Postings as they arrive: termId, doc, fieldFreq triples in fixed pages (no per-term arrays to GC, and no
   * copying of one ever larger array, which took 100+ ms at a time with millions of postings).
   */
  private pages: Uint32Array[] = [new Uint32Array(PAGE_LENGTH)];
  /** Used length of the last page. */
  private pageFill = 0;
  /** Occurrences per term id in the field being added, and which ids are set (reset after each field). */
  private termCounts = new Uint32Array(1 << 16);
  private touched = new Uint32Array(1 << 12);

  get size(): number {
    return this.ids.length;
  }

  private termId(term: string): number {
    let termId = this.termIds.get(term);
    if (termId === undefined) {
      termId = this.terms.length;
      const own = ownCopy(term);
      this.termIds.set(own, termId);
      this.terms.push(own);
      if (termId >= this.termCounts.length) {
        const grown = new Uint32Array(this.termCounts.length * 2);
        grown.set(this.termCounts);
        this.termCounts = grown;
      }
    }
    return termId;
  }

  add(id: string, document: SearchDocument): void {
    runAtOnce(this.addSteps(id, document));
  }

  /** add, pausing after each field (a long article's text is several milliseconds of tokenizing). */
  *addSteps(id: string, document: SearchDocument): Steps<void> {
    const doc = this.ids.length;
    this.ids.push(id);
    for (let field = 0; field < FIELD_COUNT; field++) {
      let length = 0;
      let touchedCount = 0;
      // One hash lookup per occurrence; the counting happens in typed arrays.
      const count = (term: string) => {
        const termId = this.termId(term);
        if (this.termCounts[termId]++ === 0) {
          if (touchedCount === this.touched.length) {
            const grown = new Uint32Array(this.touched.length * 2);
            grown.set(this.touched);
            this.touched = grown;
          }
          this.touched[touchedCount++] = termId;
        }
        length++;
      };
      const text = foldForTerms(document[FIELDS[field]]);
      for (let from = 0; from < text.folded.length;) {
        const to = pieceEnd(text, from, PIECE_LENGTH);
        forEachTermBetween(text, from, to, count);
        from = to;
        if (from < text.folded.length) yield;
      }
      this.fieldLengths.push(length);
      let page = this.pages[this.pages.length - 1];
      for (let k = 0; k < touchedCount; k++) {
        if (this.pageFill === PAGE_LENGTH) {
          page = new Uint32Array(PAGE_LENGTH);
          this.pages.push(page);
          this.pageFill = 0;
        }
        const termId = this.touched[k];
        page[this.pageFill++] = termId;
        page[this.pageFill++] = doc;
        page[this.pageFill++] = this.termCounts[termId] * FIELD_COUNT + field;
        this.termCounts[termId] = 0;
      }
      if (field < FIELD_COUNT - 1) yield;
    }
  }

  finish(): InvertedIndex {
    return runAtOnce(this.finishSteps());
  }

  *finishSteps(): Steps<InvertedIndex> {
    // Counting sort by term; arrival order keeps each term's documents ascending.
    const termCount = this.terms.length;
    const pages = this.pages;
    const usedLength = (p: number) => (p === pages.length - 1 ? this.pageFill : PAGE_LENGTH);
    const total = ((pages.length - 1) * PAGE_LENGTH + this.pageFill) / 3;
    const postingStart = new Uint32Array(termCount + 1);
    for (let p = 0; p < pages.length; p++) {
      const page = pages[p];
      const used = usedLength(p);
      for (let from = 0; from < used; from += 3 * POSTINGS_PER_PAUSE) {
        const to = Math.min(used, from + 3 * POSTINGS_PER_PAUSE);
        countPostings(page, from, to, postingStart);
        yield;
      }
    }
    for (let t = 0; t < termCount; t++) postingStart[t + 1] += postingStart[t];
    const next = postingStart.slice(0, termCount);
    const postingDoc = new Uint32Array(total);
    const postingFieldFreq = new Uint32Array(total);
    for (let p = 0; p < pages.length; p++) {
      const page = pages[p];
      const used = usedLength(p);
      for (let from = 0; from < used; from += 3 * POSTINGS_PER_PAUSE) {
        const to = Math.min(used, from + 3 * POSTINGS_PER_PAUSE);
        placePostings(page, from, to, next, postingDoc, postingFieldFreq);
        yield;
      }
    }
    this.pages = [];
    return yield* InvertedIndex.open({
      ids: this.ids,
      fieldLengths: Uint32Array.from(this.fieldLengths),
      terms: this.terms,
      postingStart,
      postingDoc,
      postingFieldFreq,
    });
  }
}

// The loops of finishing, outside the generators: V8 optimizes a plain function called many times sooner
// than a loop inside a generator that runs once.
function countPostings(page: Uint32Array, from: number, to: number, postingStart: Uint32Array): void {
  for (let k = from; k < to; k += 3) postingStart[page[k] + 1]++;
}

function placePostings(page: Uint32Array, from: number, to: number, next: Uint32Array, postingDoc: Uint32Array, postingFieldFreq: Uint32Array): void {
  for (let k = from; k < to; k += 3) {
    const at = next[page[k]]++;
    postingDoc[at] = page[k + 1];
    postingFieldFreq[at] = page[k + 2];
  }
}

/** Document frequencies of terms from `first` on, about POSTINGS_PER_PAUSE postings' worth; returns where it stopped. */
function countDocuments(postingStart: Uint32Array, postingDoc: Uint32Array, first: number, documentFrequency: Uint32Array): number {
  const stop = postingStart[first] + POSTINGS_PER_PAUSE;
  let t = first;
  for (; t < documentFrequency.length && postingStart[t] < stop; t++) {
    let df = 0;
    for (let k = postingStart[t]; k < postingStart[t + 1]; k++) if (k === postingStart[t] || postingDoc[k] !== postingDoc[k - 1]) df++;
    documentFrequency[t] = df;
  }
  return t;
}

export class InvertedIndex {
  private readonly vocabulary: SearchableMap<number>;
  private readonly averageLengths: Float64Array;
  /** Distinct documents per term (a document has one posting per field holding the term). */
  private readonly documentFrequency: Uint32Array;
  readonly documentCount: number;

  private constructor(readonly data: IndexData, vocabulary: SearchableMap<number>, documentFrequency: Uint32Array) {
    this.vocabulary = vocabulary;
    this.documentFrequency = documentFrequency;
    this.documentCount = data.ids.length;
    this.averageLengths = new Float64Array(FIELD_COUNT);
    for (let field = 0; field < FIELD_COUNT; field++) {
      let sum = 0;
      for (let doc = 0; doc < this.documentCount; doc++) sum += data.fieldLengths[doc * FIELD_COUNT + field];
      this.averageLengths[field] = this.documentCount ? Math.max(1, sum / this.documentCount) : 1;
    }
  }

  /** The index over `data`: its term tree (the slow part: ~2 µs a term) and document frequencies, in steps. */
  static *open(data: IndexData): Steps<InvertedIndex> {
    const vocabulary = new SearchableMap<number>();
    const { terms, postingStart, postingDoc } = data;
    for (let from = 0; from < terms.length; from += TERMS_PER_PAUSE) {
      const to = Math.min(terms.length, from + TERMS_PER_PAUSE);
      for (let id = from; id < to; id++) vocabulary.set(terms[id], id);
      yield;
    }
    const documentFrequency = new Uint32Array(terms.length);
    for (let t = 0; t < terms.length;) {
      t = countDocuments(postingStart, postingDoc, t, documentFrequency);
      yield;
    }
    return new InvertedIndex(data, vocabulary, documentFrequency);
  }

  get termCount(): number {
    return this.data.terms.length;
  }

  get postingCount(): number {
    return this.data.postingDoc.length;
  }

  id(doc: number): string {
    return this.data.ids[doc];
  }

  /** The index terms a (folded) query term stands for: itself, words it starts, words one or two typos away. */
  expand(queryTerm: string, options: ExpandOptions): TermMatch[] {
    const found = new Map<string, number>();
    if (this.vocabulary.has(queryTerm)) found.set(queryTerm, 1);
    if (options.prefix && queryTerm.length >= 2) {
      let taken = 0;
      for (const term of this.vocabulary.atPrefix(queryTerm).keys()) {
        if (term !== queryTerm) found.set(term, PREFIX_WEIGHT * (0.5 + 0.5 * queryTerm.length / term.length));
        if (++taken >= MAX_EXPANSIONS) break;
      }
    }
    const budget = options.fuzzy ? typoBudget(queryTerm.length) : 0;
    if (budget > 0) {
      for (const [term, [, distance]] of this.vocabulary.fuzzyGet(queryTerm, budget)) {
        const weight = FUZZY_WEIGHT * (1 - distance / (queryTerm.length + 1));
        if (!found.has(term) || found.get(term)! < weight) found.set(term, weight);
      }
    }
    return [...found].map(([term, weight]) => ({ term, weight }));
  }

  /** Whether `doc` holds `term` (binary search in the term's postings, which are sorted by document). */
  contains(term: string, doc: number): boolean {
    const termId = this.vocabulary.get(term);
    if (termId === undefined) return false;
    const { postingStart, postingDoc } = this.data;
    let low = postingStart[termId];
    let high = postingStart[termId + 1] - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = postingDoc[middle];
      if (value === doc) return true;
      if (value < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  /**
   * For one query term: adds its best-scoring expansion per document to `scores`, and appends the documents
   * it matched to `matched`. `termScores` is scratch space of documentCount zeros, left zeroed.
   */
  scoreTerm(matches: readonly TermMatch[], scores: Float64Array, termScores: Float64Array, matched: number[]): void {
    const { postingStart, postingDoc, postingFieldFreq, fieldLengths } = this.data;
    const averages = this.averageLengths;
    const first = matched.length;
    const n = this.documentCount;
    for (const match of matches) {
      const termId = this.vocabulary.get(match.term);
      if (termId === undefined) continue;
      const df = this.documentFrequency[termId];
      const weight = match.weight * Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const to = postingStart[termId + 1];
      let k = postingStart[termId];
      while (k < to) {
        const doc = postingDoc[k];
        let docScore = 0;
        // A document's postings for a term are adjacent, one per field.
        for (; k < to && postingDoc[k] === doc; k++) {
          const packed = postingFieldFreq[k];
          const field = packed % FIELD_COUNT;
          const tf = (packed - field) / FIELD_COUNT;
          const length = fieldLengths[doc * FIELD_COUNT + field];
          docScore += BOOSTS[field] * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / averages[field]));
        }
        const value = docScore * weight;
        if (termScores[doc] === 0) matched.push(doc);
        if (value > termScores[doc]) termScores[doc] = value;
      }
    }
    for (let i = first; i < matched.length; i++) {
      const doc = matched[i];
      scores[doc] += termScores[doc];
      termScores[doc] = 0;
    }
  }
}

// Cache format: magic, header length, JSON header (ids, terms), then the typed arrays, 4-byte aligned.
const MAGIC = 0x54415331; // "TAS1"
export const INDEX_FORMAT = 1;

/** Bytes copied between two pause points (a few milliseconds' worth would be 16 MB; this is well under). */
const BYTES_PER_PAUSE = 4 << 20;

export function serializeIndex(index: InvertedIndex, key: string): Uint8Array {
  return runAtOnce(serializeIndexSteps(index, key));
}

export function* serializeIndexSteps(index: InvertedIndex, key: string): Steps<Uint8Array> {
  const { ids, terms, fieldLengths, postingStart, postingDoc, postingFieldFreq } = index.data;
  const header = new TextEncoder().encode(JSON.stringify({ format: INDEX_FORMAT, key, ids, terms: terms.join('\n') }));
  yield;
  const headerPadded = Math.ceil(header.length / 4) * 4;
  const arrays = [fieldLengths, postingStart, postingDoc, postingFieldFreq];
  const size = 8 + headerPadded + arrays.reduce((sum, array) => sum + 4 + array.byteLength, 0);
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  bytes.set(header, 8);
  let at = 8 + headerPadded;
  for (const array of arrays) {
    view.setUint32(at, array.length, true);
    at += 4;
    yield* copySteps(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), bytes, at);
    at += array.byteLength;
  }
  return bytes;
}

function* copySteps(from: Uint8Array, to: Uint8Array, at: number): Steps<void> {
  for (let offset = 0; offset < from.length; offset += BYTES_PER_PAUSE) {
    to.set(from.subarray(offset, Math.min(from.length, offset + BYTES_PER_PAUSE)), at + offset);
    yield;
  }
}

/** The index stored by serializeIndex, or undefined when the bytes are not one or were made for another key. */
export function deserializeIndex(bytes: Uint8Array, key: string): InvertedIndex | undefined {
  return runAtOnce(deserializeIndexSteps(bytes, key));
}

export function* deserializeIndexSteps(bytes: Uint8Array, key: string): Steps<InvertedIndex | undefined> {
  let data: IndexData;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) return undefined;
    const headerLength = view.getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
      format: number; key: string; ids: string[]; terms: string;
    };
    if (header.format !== INDEX_FORMAT || header.key !== key) return undefined;
    yield;
    let at = 8 + Math.ceil(headerLength / 4) * 4;
    // Copied (not viewed) so that the arrays are aligned whatever the offset of `bytes` in its buffer.
    const arrays: Uint32Array[] = [];
    for (let i = 0; i < 4; i++) {
      if (at + 4 > bytes.length) return undefined;
      const length = view.getUint32(at, true);
      at += 4;
      if (at + length * 4 > bytes.length) return undefined;
      const array = new Uint32Array(length);
      yield* copySteps(bytes.subarray(at, at + length * 4), new Uint8Array(array.buffer), 0);
      arrays.push(array);
      at += length * 4;
    }
    const [fieldLengths, postingStart, postingDoc, postingFieldFreq] = arrays;
    const terms = header.terms === '' ? [] : header.terms.split('\n');
    if (postingStart.length !== terms.length + 1 || fieldLengths.length !== header.ids.length * FIELD_COUNT) return undefined;
    data = { ids: header.ids, fieldLengths, terms, postingStart, postingDoc, postingFieldFreq };
  } catch {
    return undefined;
  }
  return yield* InvertedIndex.open(data);
}
