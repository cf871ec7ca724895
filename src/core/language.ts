// Language and kind of an unfenced code block, by domain rules: documents that parse (JSON), policy keys,
// SQL statements, prompts and shell commands, CDK constructs, then the telltales of each language.
// Measured on the seed blocks, these rules beat general detectors (see README "Parser quality").
import type { CodeKind, CodeLanguage } from './model';
import { promptOf } from './prompts';

export interface LanguageGuess {
  lang: CodeLanguage;
  kind: CodeKind;
}

const SQL_STATEMENT = /^(?:SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE|DROP|ALTER|GRANT|REVOKE|WITH\s+\w+\s+AS|SET\s+[\w.]+\s*(?:=|TO\b)|COPY\s+\w|DESCRIBE|EXPLAIN|SHOW\s|USE\s+\w|TRUNCATE|MERGE\s+INTO|UNLOAD|VACUUM|CALL\s)/i;
const SQL_UPPER = /^(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|GRANT|REVOKE|WITH|SET|COPY|DESCRIBE|EXPLAIN|SHOW|USE|TRUNCATE|MERGE|UNLOAD|VACUUM|CALL)\b/;
const PSQL_PROMPT = /^[\w-]+=[>#]\s/;
const DOCKER_LINE = /^(?:FROM|RUN|WORKDIR|COPY|ADD|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|VOLUME|USER|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL)\s/;
const SHELL_LINE = /^(?:sudo|git|cd|pip3?|npm|npx|yarn|pnpm|aws|az|gcloud|curl|wget|docker|podman|kubectl|helm|cdk|sam|terraform|python3?|node|deno|go|cargo|make|mkdir|rm|cp|mv|ls|cat|echo|chmod|chown|export|source|brew|apt|apt-get|yum|dnf|systemctl|journalctl|ssh|scp|tar|unzip|grep|sed|awk|mvn|gradle|dotnet|openssl|dig|ping|touch|conda|poetry|uv|pulumi|eksctl|finch|set\s+-[a-z]|--[\w-]+)(?:\s|$)/;
const CDK_TS = /\bnew\s+(?:\w+\.)+[A-Z]\w*\(\s*this\b|\bextends\s+(?:cdk\.)?Stack\b|aws-cdk-lib|\bCfn[A-Z]\w*\b|\.node\.defaultChild|\baddOverride\(|\bcdk\.(?:Stack|App|Duration|RemovalPolicy)\b/;
const CDK_PY = /\b(?:\w+\.)?[A-Z]\w*\(\s*(?:self\s*,|scope\s*=\s*self\b)|\baws_cdk\b|#\s*cdk\b|\bcdk_stack\b|\bCDK code\b/i;
const PY_CONSTRUCT = /\b(?:s3|_?lambda_?|events|targets|iam|ec2|ecs|sqs|sns|dynamodb|apigateway|kms|cloudfront|logs|stepfunctions|sfn|rds|glue)\.[A-Z]\w*\(/;
const TS_TYPES = /:\s*(?:string|number|boolean|void|any|unknown|Promise<|Record<|Array<|[A-Z]\w*(?:<[^>]*>)?(?:\[\])?\s*[,)={;])|\binterface\s+\w+|\btype\s+\w+\s*=|\bsatisfies\b|\bas\s+[A-Z]\w*|\b(?:private|public|readonly|protected)\s+\w+|<[A-Z]\w*(?:<[^>]*>)?>\(|\benum\s+\w+/;
const JS_LINE = /^(?:import\s.*\bfrom\s+['"]|export\s|const\s|let\s|var\s|function\b|async\s|await\s|return\b|\}\s*\);?$|\};$|module\.exports|require\()/;
const PY_LINE = /^(?:def\s+\w+\(|class\s+\w+[(:]|import\s+[\w.]+(?:\s+as\s+\w+)?\s*$|from\s+[\w.]+\s+import\s|elif\s|else:|try:|except\b|with\s.+:$|for\s.+\s+in\s.+:$|if\s.+:$|print\(|@[\w.]+|#\s|[\w.]+\s*=\s*[\w.]+\(|\w+\s*=\s*\{$)/;
const PY_TELL = /\b(?:None|True|False|self|elif|def|lambda)\b|f["']|\bprint\(|:\s*$|^\s*#/m;

export function detectLanguage(code: string, articleHint?: CodeLanguage): LanguageGuess {
  const lines = code.split('\n').map(l => l.replace(/\u00a0/g, ' '));
  const content = lines.filter(l => l.trim().length > 0);
  if (content.length === 0) return { lang: 'plaintext', kind: null };
  const trimmed = content.map(l => l.trim());
  const head = trimmed[0];
  const all = content.join('\n');
  const share = (re: RegExp): number => trimmed.filter(l => re.test(l)).length / trimmed.length;

  // Shell sessions and commands.
  const prompted = trimmed.filter(l => promptOf(l) !== undefined || /^\$ \S/.test(l)).length;
  if (trimmed.some(l => PSQL_PROMPT.test(l))) {
    const others = trimmed.filter(l => !PSQL_PROMPT.test(l)).length;
    return { lang: 'sql', kind: others > 0 ? 'output' : null };
  }
  if (prompted > 0 && !/^(?:>>>|In \[)/.test(head)) {
    return { lang: /^PS[ >]/.test(head) ? 'powershell' : 'shellscript', kind: 'command' };
  }
  if (trimmed.every(l => /^!(?:pip|apt|conda|wget|curl|git|npm)\b/.test(l) || /^#/.test(l))) return { lang: 'shellscript', kind: 'command' };

  // Documents.
  const json = asJson(all);
  if (json !== undefined) {
    if (/^\s*\{\s*'/.test(all)) return { lang: 'plaintext', kind: 'output' };
    return { lang: 'json', kind: isPolicy(all) ? 'iam-policy' : null };
  }
  if (/^\{\s*'/.test(head) && content.length <= 3) return { lang: 'plaintext', kind: 'output' };
  if ((/^[{[]$/.test(head) || /^"[^"]+"\s*:/.test(head)) && share(/^(?:"[^"]*"\s*:|[{}[\],]+$|"[^"]*",?$|[\d.-]+,?$|true|false|null)/) >= 0.7) {
    return { lang: 'json', kind: isPolicy(all) ? 'iam-policy' : null };
  }
  if (/^<\?xml|^<[A-Za-z]/.test(head)) return { lang: /<(?:html|head|body|div|span|p|a|script|style)\b/i.test(all) ? 'html' : 'xml', kind: null };

  // Dockerfile before SQL and shell: "FROM image" and "RUN cmd".
  if (share(DOCKER_LINE) >= 0.4 && trimmed.some(l => /^(?:RUN|WORKDIR|CMD|ENTRYPOINT|COPY)\s/.test(l))) return { lang: 'dockerfile', kind: null };

  // SQL: statements in upper case, or starting the block.
  const firstStatement = trimmed.find(l => !/^--/.test(l)) ?? head;
  if ((SQL_STATEMENT.test(firstStatement) && (SQL_UPPER.test(firstStatement) || /;\s*$/.test(all)))
    || (/^--\s/.test(head) && trimmed.some(l => SQL_UPPER.test(l)))) {
    return { lang: 'sql', kind: null };
  }

  // Shell commands without prompts.
  if (share(SHELL_LINE) >= 0.5 || (/\\$/.test(head) && SHELL_LINE.test(head))) {
    return { lang: 'shellscript', kind: 'command' };
  }
  if (trimmed.every(l => SHELL_LINE.test(l) || /^#/.test(l)) && trimmed.some(l => SHELL_LINE.test(l))) {
    return { lang: 'shellscript', kind: 'command' };
  }

  // TOML / INI.
  if (share(/^\[[\w.\-" ]+\]$|^[\w.-]+\s*=\s*(?:"[^"]*"|'[^']*'|true|false|[\d.]+|\[.*\])\s*$/) >= 0.8) return { lang: 'toml', kind: null };

  // Python and JavaScript/TypeScript by their telltales, before output: code has key=value too.
  const pythonish = scorePython(trimmed, all);
  const jsish = scoreJs(trimmed, all);
  const strong = Math.max(pythonish, jsish) >= 3;

  // Program output: traceroute hops, key=value status lines, separators, tables.
  if (!strong && isOutput(trimmed)) return { lang: 'plaintext', kind: 'output' };

  // CDK in TypeScript or Python.
  if (pythonish > jsish && pythonish >= 2) {
    const cdk = PY_CONSTRUCT.test(all) && CDK_PY.test(all);
    return { lang: 'python', kind: cdk ? 'cdk' : null };
  }
  if (jsish >= 2) {
    const cdk = CDK_TS.test(all);
    const ts = cdk || TS_TYPES.test(all) || (articleHint === 'typescript');
    return { lang: ts ? 'typescript' : 'javascript', kind: cdk ? 'cdk' : null };
  }
  if (/^[\w.]+\(.*\)\s*$/.test(head) && content.length === 1) return { lang: articleHint === 'typescript' || articleHint === 'javascript' ? articleHint : 'python', kind: null };
  if (share(/^[\w-]+:\s|^-\s|^\s*#/) >= 0.8 && !trimmed.some(l => /[;{}]$/.test(l))) return { lang: 'yaml', kind: null };
  return { lang: 'plaintext', kind: looksLikeText(trimmed) ? null : 'output' };
}

function scorePython(trimmed: string[], all: string): number {
  let s = 0;
  for (const l of trimmed) if (PY_LINE.test(l)) s++;
  if (PY_TELL.test(all)) s += 1;
  if (/;\s*$/m.test(all)) s -= 2;
  if (/\bconst\b|\blet\b|=>|\bfunction\b/.test(all)) s -= 3;
  return s;
}

function scoreJs(trimmed: string[], all: string): number {
  let s = 0;
  for (const l of trimmed) if (JS_LINE.test(l)) s++;
  if (/=>|\bconst\b|\blet\b|;\s*$|\bthis\.|\bnew\s+[A-Z]/m.test(all)) s += 1;
  if (/\bdef\b|\bself\b|\bNone\b|\belif\b/.test(all)) s -= 3;
  if (/^\s*#\s/m.test(all)) s -= 2;
  return s;
}

function isOutput(trimmed: string[]): boolean {
  const outputLine = /^\d{1,3}\.\s+\S+$|^\d{1,3}\.\s+\(waiting for reply\)$|(?:^|\s)\w[\w.-]*=\S|^-{5,}$|^\(\d+ rows?\)$|^[\w ]+:\s+\S+$|^(?:Result|Video|Time Range|Similarity Score)\b|^[\d\s.,:eE+-]+[.…]*$|\|/;
  const hits = trimmed.filter(l => outputLine.test(l)).length;
  return hits / trimmed.length >= 0.5 && !trimmed.some(l => /[{;]$/.test(l) && !/^[\w\s]+:\s/.test(l));
}

function looksLikeText(trimmed: string[]): boolean {
  // Text-art and wrapped prose (templates, prompts to an assistant) are plain text, not program output.
  if (trimmed.some(l => /^[▲▼►▶♯♦●◘■□◆◇★▪•]/.test(l))) return true;
  const words = trimmed.join(' ').split(/\s+/);
  const natural = words.filter(w => /^[A-Za-z][a-z’'-]*[,.;:!?]?$/.test(w)).length;
  return natural / Math.max(1, words.length) > 0.75 && words.length >= 12;
}

function asJson(text: string): unknown {
  const t = text.trim();
  if (!/^[{[]/.test(t) || !/[}\]]$/.test(t)) return undefined;
  try {
    return JSON.parse(t.replace(/[\u00a0\t]/g, ' ').replace(/[“”]/g, '"'));
  } catch {
    return undefined;
  }
}

function isPolicy(text: string): boolean {
  return /["']?Statement["']?\s*:/.test(text) && /["']?(?:Effect|Version)["']?\s*:/.test(text);
}
