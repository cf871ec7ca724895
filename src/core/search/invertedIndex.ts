// A compact inverted index with BM25 field scoring. Terms live in MiniSearch's radix tree (SearchableMap),
// which answers the prefix and typo-tolerant (edit distance) lookups; postings live in flat typed arrays.
// Measured against MiniSearch itself on realistic articles (bench/search.ts): MiniSearch keeps a Map per term
// and field and needed ~4 ms per article to index, 40 s for 10,000 articles; this index builds in a fraction
// of that and loads from its cache without re-tokenizing anything.
import SearchableMap from 'minisearch/SearchableMap';
import { FIELD_BOOST, FIELDS, type SearchDocument } from './documents';
import { forEachTerm } from './tokens';

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

export class IndexBuilder {
  private readonly ids: string[] = [];
  private readonly fieldLengths: number[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  /** Per term: doc, fieldFreq, doc, fieldFreq… (docs ascending, as documents are added in order). */
  private readonly postings: number[][] = [];

  get size(): number {
    return this.ids.length;
  }

  add(id: string, document: SearchDocument): void {
    const doc = this.ids.length;
    this.ids.push(id);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const counts = new Map<string, number>();
      let length = 0;
      forEachTerm(document[FIELDS[field]], term => {
        counts.set(term, (counts.get(term) ?? 0) + 1);
        length++;
      });
      this.fieldLengths.push(length);
      for (const [term, count] of counts) {
        let termId = this.termIds.get(term);
        if (termId === undefined) {
          termId = this.terms.length;
          this.termIds.set(term, termId);
          this.terms.push(term);
          this.postings.push([]);
        }
        this.postings[termId].push(doc, count * FIELD_COUNT + field);
      }
    }
  }

  finish(): InvertedIndex {
    let total = 0;
    for (const list of this.postings) total += list.length / 2;
    const postingStart = new Uint32Array(this.terms.length + 1);
    const postingDoc = new Uint32Array(total);
    const postingFieldFreq = new Uint32Array(total);
    let at = 0;
    this.postings.forEach((list, termId) => {
      postingStart[termId] = at;
      for (let k = 0; k < list.length; k += 2) {
        postingDoc[at] = list[k];
        postingFieldFreq[at] = list[k + 1];
        at++;
      }
    });
    postingStart[this.terms.length] = at;
    return new InvertedIndex({
      ids: this.ids,
      fieldLengths: Uint32Array.from(this.fieldLengths),
      terms: this.terms,
      postingStart,
      postingDoc,
      postingFieldFreq,
    });
  }
}

export class InvertedIndex {
  private readonly vocabulary = new SearchableMap<number>();
  private readonly averageLengths: number[];
  readonly documentCount: number;

  constructor(readonly data: IndexData) {
    data.terms.forEach((term, id) => this.vocabulary.set(term, id));
    this.documentCount = data.ids.length;
    this.averageLengths = FIELDS.map((_, field) => {
      let sum = 0;
      for (let doc = 0; doc < this.documentCount; doc++) sum += data.fieldLengths[doc * FIELD_COUNT + field];
      return this.documentCount ? Math.max(1, sum / this.documentCount) : 1;
    });
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

  /**
   * Adds the best-scoring match of one query term (among its expansions) to `scores` per document, and
   * returns the documents it matched.
   */
  scoreTerm(matches: readonly TermMatch[], scores: Float64Array, termScores: Float64Array): number[] {
    const { postingStart, postingDoc, postingFieldFreq, fieldLengths } = this.data;
    const touched: number[] = [];
    const n = this.documentCount;
    for (const match of matches) {
      const termId = this.vocabulary.get(match.term);
      if (termId === undefined) continue;
      const from = postingStart[termId];
      const to = postingStart[termId + 1];
      // Document frequency: distinct documents (a document has one entry per field holding the term).
      let df = 0;
      for (let k = from; k < to; k++) if (k === from || postingDoc[k] !== postingDoc[k - 1]) df++;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      let doc = -1;
      let docScore = 0;
      const flush = () => {
        if (doc < 0) return;
        const value = docScore * match.weight;
        if (termScores[doc] === 0) touched.push(doc);
        if (value > termScores[doc]) termScores[doc] = value;
      };
      for (let k = from; k < to; k++) {
        if (postingDoc[k] !== doc) {
          flush();
          doc = postingDoc[k];
          docScore = 0;
        }
        const packed = postingFieldFreq[k];
        const field = packed % FIELD_COUNT;
        const tf = (packed - field) / FIELD_COUNT;
        const length = fieldLengths[doc * FIELD_COUNT + field];
        const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / this.averageLengths[field]));
        docScore += BOOSTS[field] * idf * norm;
      }
      flush();
    }
    for (const doc of touched) {
      scores[doc] += termScores[doc];
      termScores[doc] = 0;
    }
    return touched;
  }
}

// Cache format: magic, header length, JSON header (ids, terms), then the typed arrays, 4-byte aligned.
const MAGIC = 0x54415331; // "TAS1"
export const INDEX_FORMAT = 1;

export function serializeIndex(index: InvertedIndex, key: string): Uint8Array {
  const { ids, terms, fieldLengths, postingStart, postingDoc, postingFieldFreq } = index.data;
  const header = new TextEncoder().encode(JSON.stringify({ format: INDEX_FORMAT, key, ids, terms: terms.join('\n') }));
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
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += array.byteLength;
  }
  return bytes;
}

/** The index stored by serializeIndex, or undefined when the bytes are not one or were made for another key. */
export function deserializeIndex(bytes: Uint8Array, key: string): InvertedIndex | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.length < 8 || view.getUint32(0, true) !== MAGIC) return undefined;
    const headerLength = view.getUint32(4, true);
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as {
      format: number; key: string; ids: string[]; terms: string;
    };
    if (header.format !== INDEX_FORMAT || header.key !== key) return undefined;
    let at = 8 + Math.ceil(headerLength / 4) * 4;
    const next = (): Uint32Array => {
      const length = view.getUint32(at, true);
      at += 4;
      const array = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + length * 4));
      at += length * 4;
      return array;
    };
    const fieldLengths = next();
    const postingStart = next();
    const postingDoc = next();
    const postingFieldFreq = next();
    const terms = header.terms === '' ? [] : header.terms.split('\n');
    if (postingStart.length !== terms.length + 1 || fieldLengths.length !== header.ids.length * FIELD_COUNT) return undefined;
    return new InvertedIndex({ ids: header.ids, fieldLengths, terms, postingStart, postingDoc, postingFieldFreq });
  } catch {
    return undefined;
  }
}
