import * as assert from 'node:assert/strict';
import { urlKey } from '../../src/library/urlKey';

describe('library: read-state URL keys', () => {
  it('is stable, short and distinct across 50,000 similar URLs', () => {
    assert.equal(urlKey('https://aws.amazon.com/blogs/big-data/x/'), urlKey('https://aws.amazon.com/blogs/big-data/x/'));
    const keys = new Set<string>();
    for (let i = 0; i < 50_000; i++) {
      const key = urlKey(`https://aws.amazon.com/blogs/big-data/post-${i}/`);
      assert.ok(key.length <= 11 && /^[0-9a-z]+$/.test(key), key);
      keys.add(key);
    }
    assert.equal(keys.size, 50_000);
  });

  it('tells apart URLs that differ in one character or only in case', () => {
    assert.notEqual(urlKey('https://lwn.net/Articles/1/'), urlKey('https://lwn.net/Articles/2/'));
    assert.notEqual(urlKey('https://lwn.net/a'), urlKey('https://lwn.net/A'));
    assert.notEqual(urlKey(''), urlKey(' '));
  });
});
