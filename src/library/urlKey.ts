// The key a read article is remembered by: a short hash of its URL (pure, unit-tested).

/** 53-bit FNV-1a-style hash in base 36 (≤ 11 chars); collisions are negligible at corpus sizes. */
export function urlKey(url: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff)).toString(36);
}
