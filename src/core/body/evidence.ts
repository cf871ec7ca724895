// How much one line looks like code (positive) or prose (negative). Blocks are built from these scores in
// codeBlocks.ts. Every rule is about the shape of code or prose in general, never about a particular article.
import { promptOf } from '../prompts';

const JS_START = /^(?:import\s+[\w{*'"]|export\s+(?:default|const|function|class|async|interface|type|\{)|const\s+[\w{[]|let\s+\w|var\s+\w|function\s*\w*\(|class\s+\w+|interface\s+\w+|return\b|await\s|async\s+\w|new\s+[A-Z]\w*\(|throw\s|if\s*\(|for\s*\(|while\s*\(|switch\s*\(|case\s.*:$|default:|try\s*\{|\}\s*(?:else|catch|finally)|module\.exports|require\()/;
const PY_START = /^(?:from\s+[\w.]+\s+import\s|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*\s*$|def\s+\w+\s*\(|class\s+\w+[(:]|elif\s.*:$|else:$|try:$|finally:$|except\b.*:$|with\s.+:$|for\s+[\w, ]+\s+in\s.+:$|if\s.+:$|while\s.+:$|raise\s+\w|yield\b|lambda\b|global\s+\w|print\(|self\.)/;
const SQL_START = /^(?:SELECT|INSERT\s+INTO|UPDATE\s+\w|DELETE\s+FROM|CREATE|DROP|ALTER|GRANT|REVOKE|WITH\s+\w+\s+AS|SET\s+\w|COPY\s+\w|DESCRIBE|EXPLAIN|SHOW\s+\w|USE\s+\w|TRUNCATE|MERGE\s+INTO|UNLOAD|VACUUM|ANALYZE|CALL\s+\w|FROM\s+\w|WHERE\s|GROUP\s+BY|ORDER\s+BY|PARTITION\s+BY|LIMIT\s+\d|VALUES\s*\(|(?:LEFT\s+|RIGHT\s+|INNER\s+|OUTER\s+|FULL\s+)?JOIN\s|UNION\b|HAVING\s|AND\s+\w+\s*[=<>]|OR\s+\w+\s*[=<>]|ON\s+\w+\.\w+|IAM_ROLE\b|RETURNS\s|LANGUAGE\s+\w+|BEGIN\b|END\b|COMMIT\b|ROLLBACK\b)/;
const DOCKER_START = /^(?:FROM\s+[\w./:-]+(?:\s+AS\s+\w+)?$|RUN\s|WORKDIR\s|COPY\s|ADD\s|CMD\s|ENTRYPOINT\s|ENV\s|ARG\s|EXPOSE\s|VOLUME\s|USER\s|LABEL\s)/;
const SHELL_COMMAND = /^(?:sudo|git|cd|pip3?|npm|npx|yarn|pnpm|aws|az|gcloud|curl|wget|docker|podman|kubectl|helm|cdk|sam|terraform|python3?|node|deno|bun|go|cargo|rustc|make|cmake|mkdir|rm|cp|mv|ls|cat|echo|chmod|chown|export|source|brew|apt|apt-get|yum|dnf|systemctl|journalctl|ssh|scp|tar|unzip|grep|sed|awk|psql|mysql|mvn|gradle|dotnet|openssl|dig|ping|traceroute|touch|conda|poetry|uv|pulumi|eksctl|finch|zabbix_\w+|monocle)(?:\s+[-\w./~$"'=:@{}]|$)/;
const COMMENT_START = /^(?:\/\/|\/\*|\*\/|--\s|--$|#!|<!--|\*\s)/;
const XML_TAG = /^<\/?[A-Za-z][\w:.-]*(?:\s[^>]*)?\/?>/;
const SECTION = /^\[[\w.\-" ]+\]$/;
const DECORATOR = /^@[\w.]+(?:\(.*\))?$/;
const ASSIGNMENT = /^[A-Za-z_$][\w$.]*(?:\[[^\]]*\])*\s*(?:[+\-*/|&]?=)\s*(?!=)(\S.*)$/;
const CALL = /^(?:await\s+)?[\w$.]+(?:\.[\w$]+)*\(.*\)\s*[;,]?$/;
const JSON_KEY = /^(?:"[^"]*"|'[^']*')\s*:/;
const OBJECT_KEY = /^[A-Za-z_$][\w$]*\s*:\s*\S.*,$/;
const KEY_VALUE = /(?:^|\s)[A-Za-z_][\w.-]*=[^\s=]/;
const SEPARATOR = /^(?:[-=+_*#~]{5,}|[-+|=\s]{8,})$/;
const ROWS = /^\(\d+ rows?\)$/;
const TRACEROUTE = /^\d{1,3}\.\s+(?:[\w-]+(?:\.[\w-]+)+|\(waiting for reply\)|\*(?:\s+\*)*)$/;
const IP_START = /^\d{1,3}(?:\.\d{1,3}){3}\b/;
const ONLY_PUNCTUATION = /^[\[\]{}()<>'"`]*[\[\]{}()<>][\[\]{}()<>;,.:'"`]*$/;
const ART_START = /^[▲▼►▶♯♦●◘■□◆◇★]/;
const NATURAL_WORD = /^[("“‘']?[A-Za-z\u00C0-\u024F\u0400-\u04FF][a-z\u00DF-\u024F\u0430-\u04FF’'-]*[)"”’']?[,.;:!?]?[)"”’']?$/;
const FUNCTION_WORDS = /\s(?:the|a|an|to|and|of|is|are|you|we|that|this|with|for|in|on|it|be|can|will|your|our|by|as|from|which|how|when)\s/gi;
const CODE_CHARS = /[{}[\]<>;=$_|\\`#@]/g;
const IDENTIFIER = /\b(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[A-Z][A-Za-z0-9]*|[A-Za-z]\w*\.[a-z]\w*\()/g;

export interface LineEvidence {
  score: number;
  /** True when the line reads like a sentence (several natural words). */
  sentence: boolean;
}

export function lineEvidence(text: string): LineEvidence {
  const t = text;
  let score = 0;
  const words = t.split(/[\s\u00a0]+/).filter(Boolean);
  const natural = words.filter(w => NATURAL_WORD.test(w)).length;
  const ratio = words.length > 0 ? natural / words.length : 0;
  const columns = /\S(?:\t+|[ \u00a0]{3,})\S/.test(t);
  const proseShape = /^[“"'‘(]?[A-Z\u0400-\u042F0-9]/.test(t) || /[.!?]["”’)]?$/.test(t);
  const structural = JS_START.test(t) || PY_START.test(t) || SQL_START.test(t) || DOCKER_START.test(t) || SHELL_COMMAND.test(t);
  const sentence = natural >= 6 && ratio >= 0.75 && proseShape && !columns && !structural;

  if (promptOf(t) !== undefined || /^\$ \S/.test(t) || /^!(?:pip|apt|conda|wget|curl|git|npm)\b/.test(t)) score += 5;
  const comment = COMMENT_START.test(t) || (/^#\s*[\w'"]/.test(t) && !/^#\d/.test(t));
  if (comment) score += 3;
  if (ONLY_PUNCTUATION.test(t)) score += 4;
  if (JS_START.test(t)) score += 3;
  if (PY_START.test(t)) score += 3;
  if (SQL_START.test(t)) score += 3;
  if (DOCKER_START.test(t)) score += 3;
  if (SHELL_COMMAND.test(t)) score += 3;
  if (XML_TAG.test(t)) score += 3;
  if (SECTION.test(t)) score += 3;
  if (DECORATOR.test(t)) score += 3;
  if (JSON_KEY.test(t)) score += 3;
  else if (OBJECT_KEY.test(t)) score += 2;
  const assignment = ASSIGNMENT.exec(t);
  if (assignment) score += /^(?:[\d"'`[{(]|true\b|false\b|null\b|None\b|new\b|await\b|[\w$.]+\()/.test(assignment[1]) || /[()[\]{}'"]/.test(assignment[1]) ? 3 : 1.5;
  if (CALL.test(t)) score += 2.5;
  if (/\.\w+\(/.test(t)) score += 1;
  if (KEY_VALUE.test(t)) score += 2;
  if (/[{[]\s*['"][^'"]*['"]\s*:/.test(t)) score += 2.5;
  if (SEPARATOR.test(t)) score += 3;
  if (ROWS.test(t)) score += 3;
  if (TRACEROUTE.test(t)) score += 4;
  if (IP_START.test(t)) score += 2;
  if (ART_START.test(t)) score += 3;
  if (columns) score += /\t/.test(t) ? 3 : 2;
  if ((t.match(/\|/g)?.length ?? 0) >= 2) score += 2;
  if (/\\$/.test(t)) score += 3;
  if (/[{[(]$/.test(t) || /;$/.test(t)) score += 3;
  else if (/^[}\])]/.test(t)) score += 3;
  else if (/,$/.test(t) && !sentence) score += 1;
  else if (/\)$/.test(t) && !sentence) score += 1;
  if (/=>|->|::|!=|==|\+\+|&&|\|\|/.test(t)) score += 1.5;

  const codeChars = t.match(CODE_CHARS)?.length ?? 0;
  const density = codeChars / Math.max(1, t.length);
  if (density > 0.15) score += 2;
  else if (density > 0.07) score += 1;
  score += Math.min(2, (t.match(IDENTIFIER)?.length ?? 0) * 0.5);

  // Prose: many natural words, function words, sentence punctuation.
  if (words.length >= 4 && !columns) {
    const functionWords = (` ${t} `.match(FUNCTION_WORDS)?.length ?? 0);
    if (sentence) score -= natural >= 12 ? 5 : 3;
    score -= Math.min(3, functionWords * 0.75) * (proseShape ? 1 : 0.5);
    if (/[.!?]["”’)]?$/.test(t) && ratio >= 0.6) score -= 2;
    if (/^[A-Z\u0400-\u042F]/.test(t) && ratio >= 0.7) score -= 1;
  }
  // A comment says what the code does in prose, yet it is code.
  if (comment) score = Math.max(score, 3);
  return { score, sentence: sentence && !comment };
}

/** Code glued to the end of a sentence: "…run the following query:SELECT * FROM t;" → index of "SELECT". */
export function gluedCodeStart(text: string): number {
  const match = /[\p{Ll})”"’]:((?:SELECT|INSERT INTO|CREATE|DROP|ALTER|UPDATE|DELETE FROM|WITH|GRANT|DESCRIBE|SHOW)\s.*)$/u.exec(text);
  if (!match) return -1;
  const code = match[1];
  if (!/;\s*$/.test(code) && !/\b(?:FROM|TABLE|INTO|SET|VIEW|DATABASE|SCHEMA)\b/.test(code)) return -1;
  return text.length - code.length;
}
