/**
 * `count` texts of up to `maxPieces` pieces each, drawn from `pieces` by a seeded generator: the same texts on
 * every run, for tests that compare a fast implementation with its plain definition.
 */
export function* randomTexts(pieces: readonly string[], count: number, maxPieces: number, seed: number): Generator<string> {
  let state = seed;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(random() * maxPieces);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
    yield text;
  }
}
