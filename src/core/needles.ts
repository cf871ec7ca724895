// Multi-string search for language detection (language.ts), which asks it before running patterns that cannot
// match without one of its strings. Pure (no vscode). README → Libraries and why says why it is ours.

/**
 * Which of a fixed list of strings a text holds, all found in one pass (an Aho–Corasick automaton). The
 * signatures and the JavaScript score look for some hundred needles; a sample holding few of them was read once
 * per needle by `includes` (a quarter of language detection's time).
 */
export class NeedleIndex {
  private readonly idOf = new Map<string, number>();
  /** Character code → character class; 0 for every character no needle has. */
  private readonly classOf = new Uint8Array(65536);
  private readonly width: number;
  /**
   * `next[row + class]`: the row (state × width) reached by a character of that class; −1 until first needed (the
   * trie's edges are set when built, the rest on first use, so that a fresh process does not complete every state).
   */
  private readonly next: Int32Array;
  /** The failure row of a row's state: the row of its longest proper suffix in the trie. */
  private readonly failOf: Int32Array;
  /** Rows from this one on are states where needles end (numbered last, so that the scan tells them at once). */
  private readonly firstEndRow: number;
  /** The ids of the needles ending at the state of row `r`: `endIds[endFrom[r / width]]` up to the next state's. */
  private readonly endFrom: Int16Array;
  private readonly endIds: Int16Array;
  private readonly found: Uint8Array;
  /** Where a scan stands while `run` works out a transition. */
  private row = 0;

  constructor(needles: Iterable<string>) {
    const list: string[] = [];
    for (const needle of needles) if (!this.idOf.has(needle)) { this.idOf.set(needle, list.length); list.push(needle); }
    const classOf = this.classOf;
    let classes = 1;
    let bound = 1;
    for (const needle of list) {
      bound += needle.length;
      for (let i = 0; i < needle.length; i++) if (classOf[needle.charCodeAt(i)] === 0) classOf[needle.charCodeAt(i)] = classes++;
    }
    const width = classes;
    if (bound > 32767) throw new Error('NeedleIndex: too many needles');
    // The trie (state numbers in order of creation), each state's edges in a list for the breadth-first walk.
    const edge = new Int16Array(bound * width).fill(-1);
    const edgeClass = new Int16Array(bound);
    const sibling = new Int16Array(bound).fill(-1);
    const firstChild = new Int16Array(bound).fill(-1);
    const needleAt = new Int16Array(bound).fill(-1);
    let states = 1;
    for (let id = 0; id < list.length; id++) {
      const needle = list[id];
      let state = 0;
      for (let i = 0; i < needle.length; i++) {
        const c = classOf[needle.charCodeAt(i)];
        if (edge[state * width + c] < 0) {
          edge[state * width + c] = states;
          edgeClass[states] = c;
          sibling[states] = firstChild[state];
          firstChild[state] = states++;
        }
        state = edge[state * width + c];
      }
      needleAt[state] = id;
    }
    // Breadth-first: failure states, and the needles ending at each state (its own and its failure state's).
    const fail = new Int16Array(states);
    const ends: number[][] = [[]];
    const order = new Int16Array(states);
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const state = order[head];
      if (state !== 0) ends[state] = needleAt[state] >= 0 ? [needleAt[state], ...ends[fail[state]]] : ends[fail[state]];
      for (let child = firstChild[state]; child >= 0; child = sibling[child]) {
        const c = edgeClass[child];
        let f = state === 0 ? -1 : fail[state];
        while (f >= 0 && edge[f * width + c] < 0) f = f === 0 ? -1 : fail[f];
        fail[child] = f < 0 ? 0 : edge[f * width + c];
        order[tail++] = child;
      }
    }
    // Renumbered: states where needles end last.
    const number = new Int16Array(states);
    let n = 0;
    for (let state = 0; state < states; state++) if (ends[state].length === 0) number[state] = n++;
    this.firstEndRow = n * width;
    for (let state = 0; state < states; state++) if (ends[state].length > 0) number[state] = n++;
    this.width = width;
    this.next = new Int32Array(states * width).fill(-1);
    this.failOf = new Int32Array(states);
    this.endFrom = new Int16Array(states + 1);
    const endIds: number[] = [];
    for (let state = 0; state < states; state++) {
      this.failOf[number[state]] = number[fail[state]] * width;
      for (let child = firstChild[state]; child >= 0; child = sibling[child]) this.next[number[state] * width + edgeClass[child]] = number[child] * width;
    }
    for (let c = 0; c < width; c++) if (this.next[c] < 0) this.next[c] = 0;
    const byNumber = new Int16Array(states);
    for (let state = 0; state < states; state++) byNumber[number[state]] = state;
    for (let k = 0; k < states; k++) {
      this.endFrom[k] = endIds.length;
      for (const id of ends[byNumber[k]]) endIds.push(id);
    }
    this.endFrom[states] = endIds.length;
    this.endIds = Int16Array.from(endIds);
    this.found = new Uint8Array(list.length);
  }

  /** The transition from `row` by class `c`, worked out from its failure state's the first time it is needed. */
  private step(row: number, c: number): number {
    let to = this.next[row + c];
    if (to < 0) this.next[row + c] = to = this.step(this.failOf[row / this.width], c);
    return to;
  }

  /** The ids of `needles`, for `hasAny`. */
  ids(needles: ReadonlyArray<string>): Uint16Array {
    return Uint16Array.from(needles, needle => {
      const id = this.idOf.get(needle);
      if (id === undefined) throw new Error(`NeedleIndex: ${needle} was not indexed`);
      return id;
    });
  }

  /**
   * Finds the needles in `text` followed by a line end (for needles that stand for a pattern's `$`); `hasAny` answers
   * for it until the next scan.
   */
  scan(text: string): void {
    this.found.fill(0);
    this.row = 0;
    for (let i = this.run(text, 0); i < text.length; i = this.run(text, i)) this.step(this.row, this.classOf[text.charCodeAt(i)]);
    this.markEnds(this.step(this.row, this.classOf[10]));
  }

  private markEnds(row: number): void {
    if (row < this.firstEndRow) return;
    const state = row / this.width;
    for (let k = this.endFrom[state]; k < this.endFrom[state + 1]; k++) this.found[this.endIds[k]] = 1;
  }

  /**
   * Runs the automaton from `this.row` over `text` from `from` on; stops (keeping its row) before a character whose
   * transition is not worked out yet. A loop without calls, which V8 compiles tighter.
   */
  private run(text: string, from: number): number {
    const { classOf, next, firstEndRow, endFrom, endIds, found, width } = this;
    let row = this.row;
    for (let i = from; i < text.length; i++) {
      const to = next[row + classOf[text.charCodeAt(i)]];
      if (to < 0) {
        this.row = row;
        return i;
      }
      row = to;
      if (row >= firstEndRow) {
        const state = row / width;
        for (let k = endFrom[state]; k < endFrom[state + 1]; k++) found[endIds[k]] = 1;
      }
    }
    this.row = row;
    return text.length;
  }

  /** The last scanned text holds one of the needles. */
  hasAny(ids: Uint16Array): boolean {
    for (let k = 0; k < ids.length; k++) if (this.found[ids[k]] === 1) return true;
    return false;
  }
}
