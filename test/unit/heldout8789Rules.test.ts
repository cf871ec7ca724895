// General rules added for what the blind held-out sets 87–91 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, lang } from './ruleSamples';

describe('held-out 87–89 rules: languages', () => {
  it('reads settings with an array over several lines (`test = [` … `]`) as TOML, not INI', () => {
    assert.equal(lang(['[dependency-groups]', 'docs = [', '    "mkdocs>=1.6",', '    "mkdocs-material>=9.5",', ']', 'lint = ["ruff>=0.11"]']), 'toml');
    assert.equal(lang(['name = "edge-guard"', 'main = "src/index.ts"', '', 'routes = [', '  { pattern = "shop.example.com/login", zone_name = "example.com" }', ']']), 'toml');
    // Glue's DQDL opens a list too, of bare rules: no TOML.
    assert.notEqual(lang(['Rules = [', '    IsComplete "id",', '    RowCount > 100', ']']), 'toml');
  });

  it('reads keys indented with a tab under a section (git\'s configuration) as INI', () => {
    assert.equal(lang(['[rerere]', '\tenabled = true', '\tautoUpdate = true']), 'ini');
  });

  it('reads setup.cfg keys whose values are listed under them (`install_requires =`) as INI', () => {
    assert.equal(lang(['[options]', 'packages = find:', 'install_requires =', '    requests>=2.31', '    click>=8.1', 'python_requires = >=3.9']), 'ini');
    // A base64 value alone on its line is no empty setting.
    assert.notEqual(lang(['4qV1bX0n7m8cT2pLk9wE5rZsJd3Yh6Fa0uGoNiBtQeM=']), 'ini');
  });

  it('reads Go short declarations of composite literals (`x := &pkg.Type{…}`) as Go', () => {
    assert.equal(lang(['client := &http.Client{Timeout: 5 * time.Second}', 'cache := &lruCache{size: 512}']), 'go');
  });

  it('reads a Rust file that opens with an attribute (`#[derive(…)]`) as Rust, however typed its fields look', () => {
    assert.equal(lang(['#[derive(Debug, Default)]', 'pub struct Record<\'a> {', '    pub kind: u8,', '    pub body: &\'a [u8],', '    pub tags: Vec<u16>,', '}', '',
      '#[derive(Debug)]', 'pub enum ReadError {', '    Short,', '    Unknown,', '}', '', 'fn word(b: &[u8]) -> u16 {', '    u16::from_be_bytes([b[0], b[1]])', '}', '',
      'pub fn read(mut buf: &[u8]) -> Result<Record<\'_>, ReadError> {', '    if buf.len() < 4 {', '        return Err(ReadError::Short);', '    }',
      '    let kind = buf[0];', '    let len = word(&buf[1..3]) as usize;', '    let flags = word(&buf[3..5]);', '    let count = buf[5] as usize;',
      '    let mut tags = Vec::with_capacity(count);', '    let mut rest = &buf[6..];', '    while rest.len() >= 2 {', '        let tag = word(rest);', '        tags.push(tag);',
      '        rest = &rest[2..];', '    }', '    let body = &buf[6..6 + len.min(buf.len() - 6)];', '    let _ = flags;', '    if rest.len() >= 2 {', '        let extra = word(rest) as usize;', '        let mut more = &rest[2..];', '        let first = more.first().copied();', '        let _ = (extra, first, &mut more);', '    }', '    Ok(Record { kind, body, tags })', '}']), 'rust');
  });

  it('does not take pgvector\'s `<=>` inside a Python query string for a JavaScript arrow', () => {
    assert.equal(lang(['def nearest(conn, vec, k=3):', '    with conn.cursor() as cur:', '        cur.execute(', '            """', '            SELECT id FROM docs',
      '            ORDER BY embedding <=> %s::vector', '            LIMIT %s', '            """,', '            (vec, k),', '        )', '        return cur.fetchall()']), 'python');
  });
});

describe('held-out 90–92 rules: what test runners print', () => {
  it('takes check-marked test results with a timing and the summary\'s aligned labels as output', () => {
    const found = blocks(['The suite passes:', '', '✓ test/cache.spec.ts (5 tests) 41ms', '✓ test/queue.spec.ts (2 tests) 980ms', '', 'Test Files  2 passed (2)',
      '     Tests  7 passed (7)', '  Duration  1.93s', '', 'Next, the deployment.']);
    assert.ok(found.some(([first, last, language]) => first <= 6 && last >= 8 && language === 'plaintext'), JSON.stringify(found));
    // Labels with one space are prose (a heading "Test Files" over a sentence).
    assert.deepEqual(blocks(['Layout.', '', 'Test Files live next to the code they test, one per module, as most teams here prefer.', '', 'More.']), []);
  });
});
