// Language and kind of an unfenced code block, by domain rules: documents that parse (JSON), policy keys,
// SQL statements, prompts and shell commands, CDK constructs, then the telltales of each language.
// Measured on the seed blocks, these rules beat general detectors (see README "Parser quality").
import type { CodeKind, CodeLanguage } from './model';
import { NeedleIndex } from './needles';
import { promptOf, storeShellOf } from './prompts';

export interface LanguageGuess {
  lang: CodeLanguage;
  kind: CodeKind;
  /** Set when the guess was a default the article's other blocks may overrule (JavaScript vs TypeScript). */
  weak?: boolean;
}

/** The article's dominant script language settles guesses marked weak. */
export function withArticleHint(guess: LanguageGuess, hint: CodeLanguage | undefined): LanguageGuess {
  if (!guess.weak || !hint) return guess;
  if (guess.lang === 'javascript' && hint === 'typescript') return { lang: 'typescript', kind: guess.kind };
  if (guess.lang === 'python' && (hint === 'typescript' || hint === 'javascript')) return { lang: hint, kind: guess.kind };
  return guess;
}

const SQL_STATEMENT = /^(?:SELECT|INSERT\s+(?:INTO|OVERWRITE)|UPDATE\s+(?:[\w.]+|"[^"]+")\s+SET|DELETE\s+FROM|CREATE|DROP|ALTER|GRANT|REVOKE|WITH\s+(?:RECURSIVE\s+)?\w+(?:\s*\([^)]*\))?\s+AS|DELIMITER\s|SET\s+[\w.]+\s*(?:=|TO\b)|COPY\s+\w|DESCRIBE|EXPLAIN|SHOW\s|USE\s+\w+(?![\w:\\])|DO\s+(?:LANGUAGE\s+\w+\s+)?\$\w*\$|TRUNCATE|MERGE\s+INTO|UNLOAD|VACUUM|CALL\s|OPTIMIZE\s+[\w.]+|(?:ATTACH|DETACH)\s+RLS\b|ANALYZE\s+(?:TABLE\s+)?[\w.]+|MSCK\s|REFRESH\s+MATERIALIZED\s+VIEW\s|PREPARE\s+\w+(?:\([^)]*\))?\s+AS\b|(?:INSTALL|LOAD)\s+\w+\s*;)/i;
const SQL_UPPER = /^(?:DO|SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|GRANT|REVOKE|WITH|SET|COPY|DESCRIBE|EXPLAIN|SHOW|USE|TRUNCATE|MERGE|UNLOAD|VACUUM|CALL|DELIMITER|OPTIMIZE|ATTACH|DETACH|ANALYZE|MSCK|PREPARE|INSTALL|LOAD)\b/;
const PSQL_PROMPT = /^(?:[\w-]+=[>#]|mysql>|sqlite>|(?:MariaDB|MySQL) \[[^\]\n]*\]>|(?:trino|presto)(?::[\w.]+)?>)\s/;
const DOCKER_LINE = /^(?:FROM|RUN|WORKDIR|COPY|ADD|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|VOLUME|USER|LABEL|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL)\s/;
/** A crontab entry: a schedule, then a command (not a sixth number: `200 200 200 200 200 429` is a program's output). */
const CRON_LINE = /^(?:@(?:reboot|daily|hourly|weekly|monthly|yearly)|(?:[\d*/,-]+\s+){4}[\d*/,-]+)\s+(?![\d*/,-]+(?:\s|$))\S/;
const ROOT_PROMPT_COMMAND = /^# (?:cat|echo|ls|modprobe|insmod|rmmod|lsmod|mount|umount|sysctl|dmesg|ip|tc|perf|bpftool|systemctl|journalctl|dnf|apt|apt-get|yum|uname|grep|find|cd|mkdir|chmod|chown|blkid|mkfs\S*|fdisk|lsblk|iptables|nft|ethtool|cp|mv|rm|tar|setenforce|reboot)\s+\S/;
const SHELL_LINE = /^(?:sudo|wrangler|cloudflared|warp-cli|mtr|git|cd|pip3?|npm|npx|yarn|pnpm|aws|az|gcloud|curl|wget|docker|podman|kubectl|helm|cdk|sam|terraform|python3?|node|deno|go|cargo|make|mkdir|rm|cp|mv|ls|cat|echo|chmod|chown|export|source|brew|apt|apt-get|yum|dnf|systemctl|journalctl|ssh|scp|tar|unzip|grep|sed|awk|mvn|gradle|dotnet|openssl|dig|ping|touch|conda|poetry|uv|pulumi|eksctl|finch|psql|mysql|mongosh|redis-cli|sqlite3|bq|gsutil|java|jq|yq|xargs|find|cut|tr|uniq|column|ssh-keygen|openssl|sysctl|modprobe|ip|tc|perf|crontab|nohup|watch|time|env|unset|alias|tee|head|tail|wc|sort|diff|patch|rsync|htop|top|free|df|du|lsblk|mount|umount|dmesg|useradd|usermod|passwd|nc|telnet|nslookup|host|whois|traceroute|tcpdump|iptables|nft|bpftool|gh|bundle|gem|ruby|rake|rails|zip|composer|php|sbt|mariadb(?:-dump)?|mysqldump|mysqladmin|pg_dump(?:all)?|pg_restore|pgbench|zabbix_\w+|cmake|ninja|meson|bazel|rclone|restic|borg|b2|s3cmd|salloc|srun|sbatch|squeue|scancel|sinfo|mpirun|mpiexec|module|spack|gcc|g\+\+|clang(?:\+\+)?|rustc|javac|set\s+-[a-z]|--[\w-]+|[a-z][\w-]*ctl)(?:\s|$)/;
/** CDK in Java, C#, Go: a Stack subclass or the CDK packages. */
const CDK_OTHER = /\bStackProps\.builder\(\)|\bnew\s+Stack\(\s*app\s*,|\bextends\s+(?:cdk\.)?Stack\b|\.Builder\.create\(\s*this\s*,|:\s*Stack\b|software\.amazon\.awscdk|\bAmazon\.CDK\b|aws-cdk-go|\bawscdk\.|\bnew\s+(?:\w+\.)*[A-Z]\w*\(\s*this\s*,\s*"/;
const CDK_TS = /\bnew\s+(?:\w+\.)+[A-Z]\w*\(\s*this\b|\b[A-Z]\w*\.from[A-Z]\w*\(\s*this\s*,|\bextends\s+(?:cdk\.)?Stack\b|aws-cdk-lib|\bCfn[A-Z]\w*\b|\.node\.defaultChild|\baddOverride\(|\bcdk\.(?:Stack|App|Duration|RemovalPolicy)\b/;
const CDK_PY = /\b(?:\w+\.)?[A-Z]\w*\(\s*(?:self\s*,|scope\s*=\s*self\b)|\baws_cdk\b|#\s*cdk\b|\bcdk_stack\b|\bCDK code\b/i;
const PY_CONSTRUCT = /\b(?:s3|_?lambda_?|events|targets|iam|ec2|ecs|ecs_patterns|ecr|eks|sqs|sns|dynamodb|apigateway|kms|cloudfront|logs|stepfunctions|sfn|tasks|rds|glue|pipelines|codepipeline|codebuild|cloudwatch|kinesis|secretsmanager|ssm|elbv2|route53)\.[A-Z]\w*\(/;
/** Type annotations (not object literals: `{ region: REGION, }` is JavaScript too). */
const TS_TYPES = /:\s*(?:string|number|boolean|void|any|unknown|never|Promise<|Record<|Array<|Partial<|Readonly<)|\b(?:let|const|var)\s+\w+\s*:\s*[\w<[{]|\(\s*\w+\??\s*:\s*[A-Z]\w*(?:<[^>]*>)?(?:\[\])?\s*[,)=]|\)\s*:\s*[A-Z]\w*(?:<[^>]*>)?\s*[{=]|\binterface\s+\w+|\btype\s+\w+\s*=|\bsatisfies\b|\bas\s+[A-Z]\w*|\b(?:private|public|readonly|protected)\s+\w+|<[A-Z]\w*(?:<[^>]*>)?>\(|\benum\s+\w+/;
const JS_LINE = /^(?:import\s.*\bfrom\s+['"]|export\s|(?:const|let|var)\s+(?:[\w$]+\s*[=:;,]|[{[])|function\b|async\s|await\s|return\b|\}\s*\);?$|\};$|module\.exports|require\()/;
const PY_LINE = /^(?:def\s+\w+\(|class\s+\w+[(:]|import\s+[\w.]+(?:\s+as\s+\w+)?\s*$|from\s+[\w.]+\s+import\s|elif\s|else:|try:|except\b|with\s.+:$|for\s+\w+(?:\s*,\s*\w+)*\s+in\s.+:$|if\s.+:$|print\(|@[\w.]+|#\s|[\w.]+\s*=\s*[\w.]+\(|\w+\s*=\s*\{$)/;

/** Elements only HTML has (XML documents name their own). */
const HTML_TAG = /<(?:html|head|body|div|span|p|a|script|style|table|thead|tbody|tr|th|td|ul|ol|li|form|input|button|img|section|nav|main|h[1-6]|label|select|textarea|dialog|details|summary|template|article|header|footer|aside|figure|video|audio|iframe|canvas|!DOCTYPE html)\b/i;
/** A command line of any tool: a lower-case program name (or `./` and one, or one in a `bin/` folder: `/opt/py/bin/python3`; not a version, `v2.0.0`), then arguments (`composer require a/b:^2.1 --no-dev`). */
export const COMMAND_LINE = /^(?!v\d+(?:\.\d+)+ )(?:\.{1,2}\/|\/(?:[\w.+-]+\/)*s?bin\/)?[a-z][\w.-]*(?: +[-\w./:@=~$%+,"'{}^*;|&()<>!?#]+)+$/;
/** Last lines that only tools print (perf and rustc set them apart by a blank line, Kafka's console consumer not). */
export const TOOL_FOOTER = /^(?:\d+\.\d+ seconds time elapsed|For more information about this error, try `rustc --explain E\d+`\.|Processed a total of \d+ messages|(?:Apply|Destroy) complete! Resources: \d+ (?:added|destroyed)(?:, \d+ changed, \d+ destroyed)?\.|Successfully created\/updated stack - \S+ in \S+|iperf Done\.)$/;
/** One of a command line's arguments is a path, option, URL or identifier (`measure_temp`). */
export const ARGUMENT_MARK = / [^ ]*[-./:=@~$_]/;

/** A program's name, or a relative path to it (`bin/kafka-topics.sh`, `./scripts/seed`). */
const PROGRAM = /^(?:\.{1,2}\/)?[a-z][\w.-]*(?:\/[\w.-]+)*$/;

/**
 * A command of any tool given two long options or more, which make a third of its words at least (`awscurl --service
 * lambda --region eu-west-1 "https://…?tenant=a" --no-buffer`). A word with a sentence's punctuation after it is prose.
 */
export function commandWithLongOptions(text: string): boolean {
  if (text.indexOf(' --') < 0) return false;
  const words = text.split(' ');
  if (!PROGRAM.test(words[0])) return false;
  let options = 0;
  for (const word of words) {
    if (/^--?[a-z]/.test(word)) options++;
    else if (/\p{L}[,.;:!?]$/u.test(word)) return false;
  }
  return options >= 2 && options * 3 >= words.length;
}

/**
 * Command lines of one tool, at least half of them given a path, option or address (`mpremote connect auto repl`
 * beside `mpremote … fs cp main.py :main.py`). The block finder asks it of a paragraph, the language detector of a
 * block. Under a lead-in that announces them ("…, then publish it:"), lines of one tool need no such mark
 * (`gdk component build` / `gdk component publish`).
 */
export function commandsOfOneTool(lines: readonly string[], announced = false): boolean {
  const tool = `${lines[0].split(' ', 1)[0]} `;
  let marked = 0;
  for (const line of lines) {
    // Two spaces after the first word align a printed column (`upload  db/x.sql.gz`): nobody types them.
    if (!line.startsWith(tool) || line.charCodeAt(tool.length) === 32 || !COMMAND_LINE.test(line)) return false;
    if (ARGUMENT_MARK.test(line)) marked++;
  }
  return announced || (marked > 0 && marked * 2 >= lines.length);
}

/** Windows' `net` tool with a subcommand and a drive, a share or a switch. */
const NET_COMMAND = /^net (?:use|user|share|localgroup|group|start|stop|view|session) (?:[A-Za-z]:|\\\\|\/|\*|\S+ \/)/;

/**
 * A Windows program given drive or network paths and two switches or more: `robocopy D:\\Shares Z:\\Shares /MIR /MT:32`,
 * `robocopy \\\\fs03\\eng \\\\fsx\\share\\eng /MIR /COPY:DAT`.
 */
export function windowsCommand(text: string): boolean {
  if (text.charCodeAt(0) === 110 && NET_COMMAND.test(text)) return true; // `net use Z: \\fs01\share /user:CORP\svc`
  return (text.includes(':\\') || text.includes(' \\\\')) && /^[a-z][\w.-]*(?:\.exe)? (?:[A-Za-z]:\\|\\\\\w)/.test(text) && /(?: \/[A-Z]{1,}[\w:+.]*){2}/.test(text);
}

/** A PowerShell cmdlet given a parameter: `Invoke-Command -ComputerName fsx.corp.example.com …`. */
export const CMDLET_WITH_PARAMETER = /^[A-Z][a-z]+-[A-Z]\w* -[A-Z]\w*/;

/**
 * Two file types shown back to back are one file's language: the same extension, extensions of one language
 * (`yml`/`yaml`, `ts`/`tsx`), or a header with its C or C++ source (`x.h`, `x.cpp`).
 */
export function sameLanguageFiles(a: string, b: string): boolean {
  if (a === b) return true;
  const [first, second] = [FILE_TYPE_LANGUAGES.get(a), FILE_TYPE_LANGUAGES.get(b)];
  if (first === undefined || second === undefined) return false;
  return first === second || (a === 'h' && second === 'cpp') || (b === 'h' && first === 'cpp');
}

/** Language telltales show early: long blocks and very long lines are looked at in part (bounded regex work). */
const SAMPLE_LINES = 300;
const SAMPLE_LINE_LENGTH = 400;

const CDK_LANGUAGES = new Set<CodeLanguage>(['typescript', 'javascript', 'python', 'java', 'csharp', 'go', 'kotlin']);

export function detectLanguage(code: string, articleHint?: CodeLanguage): LanguageGuess {
  // Code quoted in a mail reply ("> > +\tif (…) {"): the language of what is quoted.
  const quote = code.charCodeAt(0) === 62 ? /^(?:> )+/.exec(code)?.[0] : undefined;
  if (quote) {
    const lines = code.split('\n');
    if (lines.every(line => line.startsWith(quote))) return detectLanguage(lines.map(line => line.slice(quote.length)).join('\n'), articleHint);
  }
  const guess = detectCore(code, articleHint);
  // A CDK app in any of its languages (Java `extends Stack`, C# `Amazon.CDK`, Go `awscdk.`).
  if (guess.kind === null && CDK_LANGUAGES.has(guess.lang) && (sampledWhole ? NEEDLES.hasAny(CDK_OTHER_IDS) : hasAny(code, CDK_OTHER_NEEDLES))
    && CDK_OTHER.test(code)) return { ...guess, kind: 'cdk' };
  return guess;
}

/**
 * Whether the last sample detectCore scanned for needles was the whole code but for blank lines and no-break
 * spaces (no line cut, none left out): it then holds the same needles as the code (none has a space or a line end).
 */
let sampledWhole = false;

function detectCore(code: string, articleHint?: CodeLanguage): LanguageGuess {
  const content: string[] = [];
  const trimmed: string[] = [];
  const noBreak = code.includes('\u00a0');
  let starts = 0;
  let leads = 0;
  const lines = code.split('\n', SAMPLE_LINES + 1);
  sampledWhole = lines.length <= SAMPLE_LINES;
  if (lines.length > SAMPLE_LINES) lines.pop();
  for (let line of lines) {
    if (line.length > SAMPLE_LINE_LENGTH) { line = line.slice(0, SAMPLE_LINE_LENGTH); sampledWhole = false; }
    if (noBreak) line = line.replace(/\u00a0/g, ' ');
    const text = line.trim();
    if (text.length > 0) {
      content.push(line);
      trimmed.push(text);
      const first = text.charCodeAt(0);
      if (first < 128) starts |= LINE_STARTS[first];
      const lead = line.charCodeAt(0);
      if (lead < 128) leads |= LINE_STARTS[lead];
    }
  }
  if (content.length === 0) return { lang: 'plaintext', kind: null };
  const head = trimmed[0];
  const all = content.join('\n');
  const share = (re: RegExp): number => countMatching(trimmed, re) / trimmed.length;
  NEEDLES.scan(all);

  // A comment naming the file shown (`// TileEntity.kt`, `# handler.py`, `-- schema.sql`) says its language, when the
  // comment is written as that language writes comments and more than the comment follows.
  const named = content.length >= 2 ? languageOfNamedFile(head) : undefined;
  if (named !== undefined) {
    // The rest still decides the kind (a CDK stack); its language gives way to the file's.
    const rest = detectCore(code.slice(code.indexOf(head) + head.length), articleHint);
    // A header (`x.h`) is C's or C++'s: what follows it tells (`class A : public B`).
    if (rest.lang === named || (rest.lang === 'cpp' && /\.h\b/.test(head))) return rest;
    return { lang: named, kind: rest.kind === 'cdk' ? 'cdk' : null };
  }
  // What Helm prints after an upgrade (`NAME:` over `LAST DEPLOYED:`), and BuildKit's numbered progress steps: output.
  if (/^(?:Release "[^"]+" |NAME: )/.test(head) && /^LAST DEPLOYED: /m.test(all)) return { lang: 'plaintext', kind: 'output' };
  if (head.charCodeAt(0) === 35 && content.length >= 2 && trimmed.every(l => /^#\d+ \S/.test(l))) return { lang: 'plaintext', kind: 'output' };
  // A report a tool prints behind "#" (pt-query-digest's profile): every line one, a rule of "=" or "-" under its header.
  if (head.charCodeAt(0) === 35 && content.length >= 3 && trimmed.every(l => l.charCodeAt(0) === 35) && trimmed.some(l => /^# ?[=-]{3,}(?: +[=-]{3,})+/.test(l))) return { lang: 'plaintext', kind: 'output' };
  // A benchmark's report: a header behind "#" (its name, its columns), then rows of numbers only (OSU, iperf, fio).
  if (head.charCodeAt(0) === 35 && content.length >= 3 && numbersUnderHashHeader(trimmed)) return { lang: 'plaintext', kind: 'output' };
  // Documents. Markdown: a heading first, then more headings or bullets and quotes with inline marks (a line
  // with inline marks may end with ";": it is prose about code). Before the prompts: "# <Title>" is no root prompt.
  if (/^#{1,6} \S/.test(head) && content.length >= 3 && markdownMarked(trimmed)
    && !trimmed.some(l => KEY_FIRST.test(l) || (ENDS_STATEMENT_OR_BLOCK.test(l) && !MARKDOWN_INLINE.test(l)))) return { lang: 'markdown', kind: null };
  // Sessions: database prompts, shell prompts, notebook installs. DuckDB's prompt is one capital (`D SELECT …`), its
  // results a box drawn under the query.
  if (head.startsWith('D ') && SQL_STATEMENT.test(head.slice(2))) return { lang: 'sql', kind: /^[┌│├└]/m.test(all) ? 'output' : null };

  const psqlPrompts = NEEDLES.hasAny(PSQL_PROMPT_IDS) ? countMatching(trimmed, PSQL_PROMPT) : 0;
  if (psqlPrompts > 0) {
    const others = trimmed.length - psqlPrompts;
    return { lang: 'sql', kind: others > 0 ? 'output' : null };
  }
  // A key-value store's or a document database's shell: what the session shows is the store's answers.
  const store = head.includes('> ') ? storeShellOf(head) : undefined;
  if (store) return { lang: store === 'key-value' ? 'plaintext' : 'javascript', kind: 'output' };
  if (NEEDLES.hasAny(PROMPT_IDS) && anyPrompted(trimmed) && !/^(?:>>>|In \[)/.test(head)) {
    // `PS C:\>` is PowerShell's prompt; a bare `C:\>` is cmd.exe's, whose commands are shell commands.
    return { lang: /^PS[ >]/.test(head) ? 'powershell' : 'shellscript', kind: 'command' };
  }
  if (allMatching(trimmed, NOTEBOOK_INSTALL, HASH_FIRST)) return { lang: 'shellscript', kind: 'command' };
  if (/^(?:>>>|In \[\d+\]:)\s/.test(head)) return { lang: 'python', kind: null };
  // A notebook cell magic names the cell's language.
  const magic = /^%%(sql|bash|sh|html|javascript|js)\b/.exec(head);
  if (magic) return { lang: CELL_MAGIC[magic[1]], kind: null };
  // What a program printed when it failed: a Python traceback is output, not Python.
  if (head === 'Traceback (most recent call last):') return { lang: 'plaintext', kind: 'output' };
  if (/^commit [0-9a-f]{7,40}\b/.test(head) && /^(?:Author|Merge): /.test(trimmed[1] ?? '')) return { lang: 'plaintext', kind: 'output' }; // git log
  if (TERRAFORM_PROGRESS.test(head)) return { lang: 'plaintext', kind: 'output' }; // `aws_s3_bucket.logs: Creating...`
  // A command whose quoted argument runs over lines (`sudo bpftrace -e '` … `}'`): shell, whatever the argument holds.
  if (content.length >= 2 && QUOTED_ARGUMENT_OPENS.test(head) && (SHELL_LINE.test(head) || COMMAND_LINE.test(head.slice(0, -2)))
    && trimmed[trimmed.length - 1].includes("'")) return { lang: 'shellscript', kind: 'command' };

  // A long line was cut for the sample: minified JSON is parsed whole.
  const json = asJson(all) ?? (!sampledWhole && /^[{[]/.test(head) && code.length <= WHOLE_JSON_LIMIT ? asJson(code.trim()) : undefined);
  if (json !== undefined) {
    if (/^\s*\{\s*'/.test(all)) return { lang: 'plaintext', kind: 'output' };
    return { lang: 'json', kind: isPolicy(all) ? 'iam-policy' : null };
  }
  if (/^\{\s*'/.test(head) && content.length <= 3) return { lang: 'plaintext', kind: 'output' };
  // JSON Lines (a stream of records, a dataset): one object per line; a consumer's count of what it printed may close them.
  if (content.length >= 2 && head.charCodeAt(0) === 123 && head.endsWith('}') && trimmed.every((l, n) => asJson(l) !== undefined || (n === trimmed.length - 1 && n > 1 && TOOL_FOOTER.test(l)))) {
    return { lang: 'json', kind: null };
  }
  // A JSON string alone, as `--query status` prints it: `"Completed"`.
  if (content.length === 1 && /^"[^"]*"$/.test(head)) return { lang: 'json', kind: 'output' };
  // A piped query (OpenSearch PPL): `source = index` over `| where …`, `| stats …` stages.
  if (/^source\s*=\s*[\w.*-]+$/.test(head) && content.length > 1 && trimmed.slice(1).every(l => l.startsWith('| '))) return { lang: 'sql', kind: null };
  // An HTTP response's status line over its headers is output, not YAML.
  if (/^HTTP\/[\d.]+ \d{3}\b/.test(head)) return { lang: 'plaintext', kind: 'output' };
  // A search request as Kibana and OpenSearch Dev Tools show it: `GET index/_search` over its JSON body.
  if (/^(?:GET|POST|PUT|DELETE) \/?[\w.*,-]+(?:\/[\w.*-]+)*(?:\?\S*)?$/.test(head) && content.length > 2 && asJson(content.slice(1).join('\n')) !== undefined) return { lang: 'json', kind: null };
  if ((/^[{[]$/.test(head) || /^"[^"]+"\s*:/.test(head)) && share(/^(?:"[^"]*"\s*:|[{}[\],]+$|"[^"]*",?$|[\d.-]+,?$|true|false|null)/) >= 0.7) {
    return { lang: 'json', kind: isPolicy(all) ? 'iam-policy' : null };
  }
  if (NEEDLES.hasAny(DIFF_IDS) && /^diff --git |^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@|^--- a\/|^\+\+\+ b\//m.test(all)) return { lang: 'diff', kind: null };
  if (headerlessDiff(content)) return { lang: 'diff', kind: null };
  if (/^<\?php\b/.test(head)) return { lang: 'php', kind: null };
  if (/^<\?xml|^<[A-Za-z!]/.test(head)) return { lang: HTML_TAG.test(all) && !/^<\?xml/.test(head) ? 'html' : 'xml', kind: null };

  // SQL: statements in upper case, or starting the block (before Dockerfile: both know COPY and FROM).
  // Comments and a dbt model's Jinja (`{{ config(materialized='view') }}`) may stand above the first statement.
  // A Jinja call over several lines (`{{ config(` … `) }}`) is one preamble.
  const statementAt = Math.max(0, firstNotMatching(trimmed, SQL_PREAMBLE, head.charCodeAt(0) === 123 ? jinjaEnd(trimmed) : 0));
  const firstStatement = trimmed[statementAt];
  // A statement's head may wrap: "UPDATE customers" / "SET …" (joined only when a statement can start the line).
  const statementStarts = mayStart(firstStatement, SQL_START);
  const statementHead = statementStarts && statementAt + 1 < trimmed.length ? `${firstStatement} ${trimmed[statementAt + 1]}` : firstStatement;
  if ((statementStarts && SQL_STATEMENT.test(statementHead) && (SQL_UPPER.test(firstStatement) || /;\s*$/.test(all)))
    || (/^--\s/.test(head) && anyMatching(trimmed, SQL_UPPER)) || lowerCaseQuery(trimmed, statementAt)) {
    return { lang: 'sql', kind: null };
  }
  if ((starts & DOCKER_START) !== 0 && shareReaches(trimmed, DOCKER_LINE, DOCKER_START, 0.4)
    && (anyMatching(trimmed, DOCKER_BUILD_STEP) || (/^FROM [\w./:@-]+(?: AS [\w-]+)?$/.test(head) && allMatching(trimmed, DOCKER_LINE, HASH_FIRST)))) return { lang: 'dockerfile', kind: null };
  // Sections of `Key value` settings (Fluent Bit's classic configuration): the vocabulary's nearest is INI.
  if (/^\[[A-Z][A-Z_]*\]$/.test(head) && content.length >= 2 && content.every(l => /^\[[A-Z][A-Z_]*\]$|^\s+[A-Za-z_][\w.]*\s+\S/.test(l) || l.trim() === '')) return { lang: 'ini', kind: null };
  if (NEEDLES.hasAny(BRACE_IDS) && NEEDLES.hasAny(HCL_IDS) && mayStartHclBlock(content, leads) && HCL_BLOCK.test(all)) return { lang: 'hcl', kind: null };
  if (NEEDLES.hasAny(BRACE_IDS) && hclBlocksOnly(content)) return { lang: 'hcl', kind: null };
  // A compiler's diagnostic (rustc, cargo): `error[E0502]: …` over `--> src/x.rs:9:9` and the quoted lines.
  if (/^(?:error|warning)(?:\[E\d{4}\])?: /.test(head) && /^\s*--> [\w./-]+:\d+:\d+$/m.test(all)) return { lang: 'plaintext', kind: 'output' };
  // CodeQL queries (no id in the vocabulary): predicates and data-flow configurations, though they `import python`.
  if (all.includes('predicate') && /^\s*(?:override\s+)?predicate \w+\(/m.test(all) && /\bDataFlow::|^from\b[^\n]*\n\s*where\b/m.test(all)) return { lang: 'plaintext', kind: null };
  // Policy languages (no id in the vocabulary): OPA's Rego (`package x` over rules on `input`), CloudFormation Guard.
  if ((/^package [\w.]+$/.test(head) && !all.includes('func ') && /\binput\.|\bwith input as\b|^\s*(?:deny|violation|allow)\s*(?:\[|\{|:=|=|contains\b)/m.test(all))
    || (all.includes('rule ') && /^rule \w+(?: when [^{]+)? \{$/m.test(all))) return { lang: 'plaintext', kind: null };
  // Protocol Buffers definitions (no id in the vocabulary): numbered fields, which GraphQL types never have.
  if (NEEDLES.hasAny(BRACE_IDS) && /^(?:message|enum|service)\s+[A-Z]\w*\s*\{$/m.test(all) && /^\s*(?:repeated\s+|optional\s+)?[\w.]+\s+\w+\s*=\s*\d+;$/m.test(all)) return { lang: 'plaintext', kind: null };

  // A Terraform change plan: "# aws_x.y will be created" comments over "+ resource" lines are output, not Python.
  if (NEEDLES.hasAny(RESOURCE_IDS) && /^\s*[+~-]\s+resource\s+"[\w-]+"\s+"[\w-]+"\s*\{/m.test(all) && /^\s*# [\w.[\]"-]+ (?:will be|must be) /m.test(all)) return { lang: 'plaintext', kind: 'output' };
  // Space-separated settings (`bridge_protocol_version mqttv311`, sshd_config, a Mosquitto bridge): a configuration
  // without an id in the vocabulary, though a `#` comment above them reads as Python's.
  if (content.length >= 3 && spacedSettings(trimmed)) return { lang: 'plaintext', kind: null };
  // `using System.Text;` opens only a C# file: Java imports, C++ writes `using namespace std;` or `using std::x;`.
  if (CSHARP_USING.test(head)) return { lang: 'csharp', kind: null };
  // An ambient declaration (`declare namespace Cloudflare {`, a `.d.ts` file) is TypeScript's alone, whatever C#'s
  // `namespace` and `interface` say.
  if (/^declare\s+(?:namespace|module|global)\b/m.test(all)) return { lang: 'typescript', kind: null };
  // A rule's filter expression (`http.request.uri.path eq "/login" and not ip.src in $office`): no id in the vocabulary.
  if (trimmed.every(filterExpression)) return { lang: 'plaintext', kind: null };
  // A bpftrace program (`uprobe:…` over `@start[tid] = nsecs;`): no id in the vocabulary, though it reads as Python.
  if (/^(?:[ku](?:ret)?probe|tracepoint|usdt|kfunc|kretfunc):\S/m.test(all) && /@\w*\[/.test(all)) return { lang: 'plaintext', kind: null };
  // A query piped through commands (`source = web-logs | where status >= 500 | stats count() by host`: PPL): no id in
  // the vocabulary, and no setting, though it starts like one.
  if (content.length === 1 && /^[a-z]\w*\s=\s\S+\s\|\s/.test(head) && head.split(' | ').length >= 3) return { lang: 'plaintext', kind: null };
  // Python and JavaScript/TypeScript by their telltales; then other languages by their signatures.
  const scores = scoreScripts(trimmed, all);
  // `from pyspark.sql import SparkSession` first: Python, though the rest is a chain of calls (`.config(…)`).
  const pythonish = scores.python + (/^from [\w.]+ import [\w., ()*]+$/.test(head) ? 2 : 0);
  const jsish = scores.js;
  // Clear Python or JavaScript needs no look at the other languages' signatures; a score under 3 is never used.
  // A file that opens as only some other language's can (`#include <…>`, `using Amazon.CDK;`, `require "json"`) is
  // that language's however much of it reads like Python or JavaScript (`auto x = …`, `def handler(event:, context:)`).
  const foreignHead = FOREIGN_HEAD.test(head);
  const other = Math.max(pythonish, jsish) >= 6 && !foreignHead ? undefined : bestSignature(all, 3);
  if (other && other.score >= 4 && (foreignHead || other.score > Math.max(pythonish, jsish))) {
    // A YAML document may carry another language in its values (an SSM document's PowerShell `runCommand`).
    if (/^[\w.-]+:(?:\s|$)/.test(head) && isYaml(trimmed)) return { lang: 'yaml', kind: null };
    // C++ is written with most of C's marks; one of its own (`std::`, `<thread>`, `using namespace`) settles it.
    const lang = other.lang === 'c' && CPP_ONLY.test(all) ? 'cpp' : other.lang;
    return { lang, kind: NEEDLES.hasAny(CDK_OTHER_IDS) && CDK_OTHER.test(all) ? 'cdk' : null };
  }

  // A YAML document whose values hold a script (a buildspec's `commands: - |` over a shell loop) is YAML.
  if (/^[\w.-]+:(?:\s|$)/.test(head) && all.includes('|') && isYaml(trimmed)) return { lang: 'yaml', kind: null };
  // Shell commands and scripts without prompts. A loop, on one line (`… | while read -r l; do …; done`) or over
  // several (`for f in *.sql; do` … `done`), is shell.
  if (all.includes('done') && (/\b(?:while|for)\b[^;]*;\s*do\b.*\bdone\b/.test(all) || (/^\s*(?:for|while|until)\b[^\n]*;\s*do$/m.test(all) && /^\s*done\b/m.test(all)))) {
    return { lang: 'shellscript', kind: content.length === 1 ? 'command' : null };
  }
  if (/^#!\/(?:usr\/)?bin\/(?:env\s+)?(?:ba|z|k)?sh\b/.test(head)) return { lang: 'shellscript', kind: null };
  // A file written by a here-document (`cat > trust.json <<'EOF'` … `EOF`): shell, whatever the file holds.
  const heredoc = all.includes('<<') ? HEREDOC.exec(all) : null;
  if (heredoc !== null && trimmed.includes(heredoc[1])) return { lang: 'shellscript', kind: null };
  // `df = spark.table(…)` assigns in Python: the df command never takes "=".
  if (!ASSIGNMENT_FIRST.test(head) && (shareReaches(trimmed, SHELL_LINE, SHELL_START, 0.5) || (/\\$/.test(head) && (SHELL_LINE.test(head) || continuedWithOptions(trimmed)))
    || (allMatching(trimmed, SHELL_LINE, HASH_FIRST) && anyMatching(trimmed, SHELL_LINE)))) {
    const script = /^(?:if|for|while|case|function)\b.*(?:;\s*(?:then|do)|\{)\s*$|^(?:fi|done|esac)$/m.test(all);
    return { lang: 'shellscript', kind: script ? null : 'command' };
  }

  // Readings or log lines printed as several `key=value` pairs a line (`co2=618ppm temp=20.9C rh=44%`,
  // `level=INFO msg="budget mode enabled"`): output, not settings.
  if (content.length >= 2 && trimmed.every(l => /^(?:[\w.-]+=(?:"[^"]*"|\S+) +)+[\w.-]+=(?:"[^"]*"|\S+)$/.test(l))) return { lang: 'plaintext', kind: 'output' };
  // Environment variables, crontabs, root-prompt sessions ("# cat /proc/…" lines are commands, not comments).
  if (allMatching(trimmed, ENV_SETTING, HASH_FIRST) && anyMatching(trimmed, HAS_EQUALS)) {
    // Three or more bare settings are a dotenv file; `export` lines or one or two settings are typed in a shell.
    const dotenv = countMatching(trimmed, /^[A-Z_][A-Z0-9_]*=/) >= 3 && !anyMatching(trimmed, /^export\s/);
    return dotenv ? { lang: 'ini', kind: null } : { lang: 'shellscript', kind: 'command' };
  }
  if ((starts & CRON_START) !== 0 && anyMatching(trimmed, CRON_LINE) && allMatching(trimmed, CRON_LINE, HASH_FIRST, UPPER_SETTING)) return { lang: 'shellscript', kind: null };
  if ((starts & HASH_START) !== 0 && anyMatching(trimmed, ROOT_PROMPT_COMMAND) && !anyPythonLine(trimmed)) return { lang: 'shellscript', kind: 'command' };
  // `# bpftrace -e 'kprobe:… {` over the lines of its quoted program, closed on the last: one command at a root prompt.
  if (content.length >= 2 && ROOT_PROMPT_QUOTE_OPENS.test(head) && /'[^']*$/.test(trimmed[trimmed.length - 1]) && quotesIn(all) % 2 === 0) return { lang: 'shellscript', kind: 'command' };
  if ((starts & HASH_START) !== 0 && rootSessionWithOptions(trimmed)) return { lang: 'shellscript', kind: 'command' };

  // "VAR=value command args": environment settings for one command, not a configuration pair.
  if (/^(?:[A-Z_][A-Z0-9_]*=(?:"[^"]*"|'[^']*'|\S+)\s+)+[a-z.\/~][\w.\/-]*(?:\s|$)/.test(head) && content.length <= 3) return { lang: 'shellscript', kind: 'command' };
  // Configuration files: TOML has spaced "key = value" with typed values or [[tables]]; INI is looser
  // (and only INI allows spaces in a section name: "[mail function]").
  // pip requirements (`pandas==2.2.3`, `pyarrow>=17.0`) are no settings: plain text, as the vocabulary has no id.
  if (trimmed.every(l => REQUIREMENT.test(l) || HASH_FIRST.test(l)) && anyMatching(trimmed, REQUIREMENT)) return { lang: 'plaintext', kind: null };
  // Terraform variables (`*.tfvars`): a map or list opened after "=" on its own line, closed alone. INI never nests,
  // and TOML writes an inline table on one line.
  if (all.includes('{') && terraformValues(trimmed)) return { lang: 'hcl', kind: null };
  const settings = withoutListedValues(content, trimmed.length > 2 && (starts & HASH_START) !== 0 ? trimmed.filter(l => !HASH_FIRST.test(l)) : trimmed);
  // Neither format opens or closes anything with parentheses, nor calls a method: `predictor = estimator.deploy(` over
  // keyword arguments, `df = spark.table("orders")` are code.
  if (settings.length > 0 && shareReaches(settings, SECTION_OR_PAIR, PAIR_START, 0.8) && anyMatching(settings, HAS_EQUALS) && !anyMatching(settings, CALL_OPENS_OR_CLOSES)) {
    const pairs = settings.filter(l => /=/.test(l));
    // An array over several lines (`test = [`) is TOML's: INI has none.
    const tomlValues = pairs.every(l => /=\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|true|false|[\d.]+|\[.*\]|\{.*\}|\[)\s*(?:#.*)?$/.test(l));
    const spaced = pairs.filter(l => /\s=\s/.test(l)).length >= pairs.length / 2;
    const arrayTables = trimmed.some(l => /^\[\[/.test(l));
    const spacedSection = trimmed.some(l => /^\[[^\]"]*\s[^\]"]*\]$/.test(l));
    // Constants in capitals set with spaces around "=" and no section (`WIFI_SSID = "lab"`): a Python settings module.
    if (pairs.length === trimmed.length && pairs.every(l => PYTHON_CONSTANT.test(l))) return { lang: 'python', kind: null };
    // Keys indented with a tab under a section are git's configuration (`[unwind]` / `\tkeep = 200`): INI.
    const tabbedKeys = content.some(l => l.charCodeAt(0) === 9 && /^\t[\w.-]+\s*=/.test(l));
    return { lang: arrayTables || (tomlValues && spaced && !spacedSection && !tabbedKeys) ? 'toml' : 'ini', kind: null };
  }
  // The same label on every line ("unmanaged: grafana-old…") is what a program printed: YAML keys are unique.
  if (content.length >= 2 && sameLabel(content)) return { lang: 'plaintext', kind: 'output' };
  // Tab-separated rows with the same number of fields (a query's result, `#` heading its first column): output.
  if (content.length >= 2 && all.includes('\t') && tabSeparatedRows(trimmed)) return { lang: 'plaintext', kind: 'output' };
  // A label over measurements printed as pairs (`gate: moisture=0% raw=50388`): a program's readings, not YAML.
  if (content.length >= 2 && trimmed.every(l => /^[\w.-]+: (?:[\w.-]+=\S+ ?)+$/.test(l))) return { lang: 'plaintext', kind: 'output' };
  // Fields a program printed with their values aligned (`Name:      …`, `MediaType: …` from `docker buildx imagetools
  // inspect`, `kubectl describe`): YAML keys are not padded to a column.
  if (content.length >= 3 && head.charCodeAt(0) !== 35 && all.includes(':  ') && countMatching(trimmed, ALIGNED_FIELD) >= 2 && countMatching(content, ALIGNED_FIELD) * 2 >= countMatching(trimmed, KEY_FIRST)) return { lang: 'plaintext', kind: 'output' };
  if (isYaml(trimmed)) return { lang: 'yaml', kind: null };
  // A root prompt with a bare command, then what it printed: `# lscpu` over aligned `Key:   value` lines.
  if (/^# [a-z][\w.-]*$/.test(head) && trimmed.length >= 3 && printedFields(trimmed.slice(1))) return { lang: 'shellscript', kind: 'command' };

  // A Smithy model (`structure Order {`, `service Weather {`): no language of the vocabulary, though its traits look
  // like Python's decorators.
  if (SMITHY_SHAPE.test(head) || (SMITHY_HEADER.test(head) && SMITHY_SHAPES.test(all))) return { lang: 'plaintext', kind: null };
  const strong = Math.max(pythonish, jsish) >= 3;
  // Program output: traceroute hops, key=value status lines, separators, tables, change plans.
  if (NEEDLES.hasAny(PLAN_OUTPUT_IDS) && PLAN_OUTPUT.test(all)) return { lang: 'plaintext', kind: 'output' };
  if (content.length === 1 && (commandWithLongOptions(head) || (COMMAND_LINE.test(head) && SHORT_OPTION.test(head)))) return { lang: 'shellscript', kind: 'command' };
  if (content.length === 1 && windowsCommand(head)) return { lang: 'powershell', kind: 'command' }; // `robocopy D:\a Z:\a /MIR /MT:32`
  // A program run by its path with arguments: `./gradlew build`, `~/venv/bin/python ~/app/main.py`.
  if (content.length === 1 && /^(?:~|\.{1,2})\/[\w./-]+(?: +[^\s,;]+)+$/.test(head)) return { lang: 'shellscript', kind: 'command' };
  // The MongoDB shell's calls on a collection (`db.orders.find({ … })`); a Gremlin traversal (`g.V().has(…)`), no id.
  if (/^db\.\w+\.\w+\(/.test(head)) return { lang: 'javascript', kind: null };
  if (/^g\.[VE]\(\)\./.test(head)) return { lang: 'plaintext', kind: null };
  // A decorator from a module alone (`@logger.inject_lambda_context(…)`): Python's; Java's annotations name no module.
  if (content.length === 1 && /^@[a-z_]\w*\.\w+(?:\(.*\))?$/.test(head)) return { lang: 'python', kind: null };
  // CDK's grants and policy statements in TypeScript (`table.grantWriteData(fn);`); Python's are snake_case.
  if (all.includes('.grant') || all.includes('.addToRolePolicy(')) {
    if (/\.(?:grant[A-Z]\w*|addTo(?:Role|Resource)Policy)\(/.test(all) && /;$/m.test(all) && jsish >= 0 && pythonish <= 0) return { lang: 'typescript', kind: 'cdk' };
  }
  // One name given what a call returns, with neither `const` nor `;` (`df = spark.table("orders")`): Python, unless the
  // article's other blocks are JavaScript or TypeScript.
  if (content.length === 1 && /^[a-z_]\w*\s*=\s*[a-z_][\w.]*\(.*\)$/.test(head)) return { lang: 'python', kind: null, weak: true };
  // One call given keyword arguments (`led.blink(on_time=0.5)`): JavaScript has none.
  if (content.length === 1 && /^[\w.]+\(.*[(,]\s*[a-z_]\w*=[^=].*\)$/.test(head)) return { lang: 'python', kind: null };
  if (!strong && isOutput(trimmed)) return { lang: 'plaintext', kind: 'output' };

  // CDK in TypeScript or Python.
  if (pythonish > jsish && pythonish >= 2) {
    const cdk = (NEEDLES.hasAny(PY_CONSTRUCT_IDS) && PY_CONSTRUCT.test(all) && CDK_PY.test(all)) || /^(?:from|import)\s+aws_cdk\b/m.test(all);
    return { lang: 'python', kind: cdk ? 'cdk' : null };
  }
  if (jsish >= 2) {
    const cdk = NEEDLES.hasAny(CDK_TS_IDS) && CDK_TS.test(all);
    const typed = cdk || TS_TYPES.test(all);
    if (typed || articleHint === 'typescript') return { lang: 'typescript', kind: cdk ? 'cdk' : null };
    return { lang: 'javascript', kind: null, weak: true };
  }
  if (other && other.score >= 3) return { lang: other.lang, kind: null };
  // Python statements joined on one line (`import sagemaker; print(sagemaker.__version__)`), as a notebook cell may be.
  if (content.length === 1 && /^(?:import [\w.]+(?: as \w+)?|from [\w.]+ import [\w, ]+); [\w.]+\(/.test(head)) return { lang: 'python', kind: null };
  // One command line of a tool no rule knows ("b2 file download b2://bucket/x ./x").
  if (content.length === 1 && COMMAND_LINE.test(head) && ARGUMENT_MARK.test(head)) return { lang: 'shellscript', kind: 'command' };
  // Several command lines of that one tool, a line continued with a backslash read as one.
  const commands = all.includes('\\\n') ? all.replace(/\s*\\\n\s*/g, ' ').split('\n').map(l => l.trim()).filter(l => l !== '') : trimmed;
  // Not when a number follows the name on every line (`gc 1841 @612.204s 4%: …`): a program's log, one line per event.
  if (commandsOfOneTool(commands) && !commands.every(l => NUMBER_AFTER_NAME.test(l))) return { lang: 'shellscript', kind: 'command' };
  if (/^[\w.]+\(.*\)\s*$/.test(head) && content.length === 1) {
    // A function named in capitals (`IF(m2 >= 50, …)`, `ANOMALY_DETECTION_BAND(m1, 2)`) is a formula or metric math.
    if (/^[A-Z][A-Z\d_]*\(/.test(head)) return { lang: 'plaintext', kind: null };
    return articleHint === 'typescript' || articleHint === 'javascript' ? { lang: articleHint, kind: null } : { lang: 'python', kind: null, weak: true };
  }
  return { lang: 'plaintext', kind: looksLikeText(trimmed) ? null : 'output' };
}

// Per-line tests as plain loops over module-level patterns: closures with regex literals inside made a new
// RegExp object per line and a large function for the optimising compiler, which recompiled it on large dumps.
/** A notebook cell's shell escape or install magic: `!pip install …`, `%pip install …`. */
const NOTEBOOK_INSTALL = /^(?:!(?:pip|apt|conda|wget|curl|git|npm)\b|%(?:pip|conda) install\s)/;
const HASH_FIRST = /^#/;
const MARKDOWN_SUBHEADING = /^#{2,6} \S/;
const MARKDOWN_ITEM = /^(?:[-*+>]|\d+\.) /;
const MARKDOWN_INLINE = /`[^`]+`|\*\*\S|\]\(/;
const ENDS_STATEMENT_OR_BLOCK = /[;{]$/;
const KEY_FIRST = /^[\w.-]+:(?:\s|$)/;
const SQL_PREAMBLE = /^(?:--|\{[{%#].*[}%#]\}$|%{1,2}[\w.]*sql(?:\(.*\))?$)/;
const TERRAFORM_PROGRESS = /^[\w.[\]"-]+: (?:Refreshing state|Reading|Creating|Creation complete|Modifying|Modifications complete|Destroying|Destruction complete)\b/;
/** A command line whose last argument opens a quote that later lines close (`sudo bpftrace -e '`). */
const QUOTED_ARGUMENT_OPENS = /^[a-z][\w./-]*(?: +[^ ']+)* +'$/;
const CALL_OPENS_OR_CLOSES = /\($|^\)|=\s*[a-z_][\w.]*\.\w+\(.*\)$/;
/** A capitalised field, a colon, its value padded to a column: `MediaType:   application/vnd.oci…`. */
const ALIGNED_FIELD = /^\s*[A-Z][\w ]*:\s{2,}\S/;
const SHORT_OPTION = / -[A-Za-z]\b/;
const NUMBER_AFTER_NAME = /^\S+ \d/;
const ASSIGNMENT_FIRST = /^[a-z_]\w*\s+=\s/;

const DOCKER_BUILD_STEP = /^(?:RUN|WORKDIR|CMD|ENTRYPOINT)\s/;
const ENV_SETTING = /^(?:export\s+)?[A-Z_][A-Z0-9_]*=\S*$/;
const HAS_EQUALS = /=/;
const UPPER_SETTING = /^[A-Z_]+=/;
const DOLLAR_PROMPT = /^\$ \S/;
const PYTHON_CONSTANT = /^[A-Z][A-Z\d_]* = (?:"[^"]*"|'[^']*'|-?\d[\d_.]*|True|False|None)$/;
/** A settings file's line: a `[section]` (`[[array]]`, quoted keys), a `key = value` pair (TOML, INI), or a named key set to nothing (systemd's `OnCalendar=`). */
export const SECTION_OR_PAIR = /^\[\[?(?:[\w.\-/ ]|"[^"\]]*")+\]\]?$|^(?:\+?[\w.-]+|"[^"]*")(?:\s*=\s*\S.*|\s+=)$|^[A-Za-z][a-z]*(?:[A-Z][a-z]*)*=$/;
const YAML_LINE = /^(?:- )?[\w.\/-]+(?::[\w.\/-]+)*:(?:\s+\S.*)?$|^- \S|^#/;
/** Every PSQL_PROMPT match holds one of these. */
const PSQL_PROMPT_NEEDLES = ['=>', '=#', 'mysql>', 'sqlite>', ']>', 'trino', 'presto'];
/** Every prompt (promptOf, DOLLAR_PROMPT) holds one of these: the character before the space after it, or "In [". */
const PROMPT_NEEDLES = ['$', '%', '#', '>', 'In ['];

/**
 * Bits of the line patterns whose matches can start with a character (ASCII; the lines are trimmed): a sample
 * with no line starting so is ruled out without running the pattern on each line.
 */
const LINE_STARTS = new Uint16Array(128);
const DOCKER_START = 1;
const CRON_START = 2;
const HASH_START = 4;
const SHELL_START = 8;
const PAIR_START = 16;
const YAML_START = 32;
const PY_START = 64;
const JS_START = 128;
const PROMPT_START = 256;
/** For untrimmed lines: HCL_KEYWORD_FIRST. */
const HCL_START = 512;
/** SQL_STATEMENT (case-insensitive: only ASCII letters fold to ASCII letters without the u flag). */
const SQL_START = 1024;
const WORD_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_';
for (const [bit, chars] of [
  [DOCKER_START, 'FRWCAEVULHSO'], [CRON_START, '@0123456789*/,-'], [HASH_START, '#'], [SHELL_START, 'abcdefghijklmnopqrstuvwxyz-'],
  [PAIR_START, `["+.-${WORD_CHARS}`], [YAML_START, `-./#${WORD_CHARS}`], [PY_START, `.@#${WORD_CHARS}`], [JS_START, 'iaeclvfr}m'],
  [PROMPT_START, `.-($~[>${WORD_CHARS}`], [HCL_START, 'rdvopmtl'], [SQL_START, 'SIUDCGRWEMTVAOPsiudcgrwemtvaop'],
] as const) {
  for (let i = 0; i < chars.length; i++) LINE_STARTS[chars.charCodeAt(i)] |= bit;
}

/** `line` starts with a character of the set `bit` stands for (trimmed lines; untrimmed for HCL_START). */
function mayStart(line: string, bit: number): boolean {
  const first = line.charCodeAt(0);
  return first < 128 && (LINE_STARTS[first] & bit) !== 0;
}

const HCL_BLOCK = /^(?:resource|data|variable|output|provider|module)\s+"[\w-]+"(?:\s+"[\w-]+")?\s*\{|^(?:terraform|locals)\s*\{/m;
/** The words HCL_BLOCK needs at the start of a line. */
const HCL_KEYWORD_FIRST = /^(?:resource|data|variable|output|provider|module|terraform|locals)/;
/** Line ends other than "\n" after which a multiline "^" also matches. */
const OTHER_LINE_END_NEEDLES = ['\r', '\u2028', '\u2029'];

/**
 * Some line may start with one of HCL_BLOCK's keywords (`^` also matches after the other line ends): a cheap, exact
 * precondition for that multiline pattern, which irregexp tries at every position. `leads`: LINE_STARTS bits of the
 * lines' first characters.
 */
/**
 * Blocks of any HCL tool (`component "network" {`, `job "api" {`, `source "amazon-ebs" "base" {`): every line at the
 * left margin opens a labelled block or closes one, and the block's first line inside sets an attribute.
 */
function hclBlocksOnly(content: readonly string[]): boolean {
  let opened = 0;
  for (let i = 0; i < content.length; i++) {
    const line = content[i];
    if (/^\s/.test(line)) continue;
    if (line === '}') continue;
    if (!/^[a-z_]+(?: "[\w./-]+"){1,2} \{$/.test(line) || !/^\s+[a-z_]+\s*=\s*\S/.test(content[i + 1] ?? '')) return false;
    opened++;
  }
  return opened > 0;
}

function mayStartHclBlock(content: readonly string[], leads: number): boolean {
  return ((leads & HCL_START) !== 0 && anyMatching(content, HCL_KEYWORD_FIRST)) || NEEDLES.hasAny(OTHER_LINE_END_IDS);
}

/**
 * Whether the share of lines matching `re` reaches `share` (as `count / lines.length >= share`); stops as soon as the
 * lines left cannot change the answer. With `start`, only lines starting with a character of its set are tried.
 */
function shareReaches(lines: readonly string[], re: RegExp, start: number, share: number): boolean {
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    if (n / lines.length >= share) return true;
    if ((n + lines.length - i) / lines.length < share) return false;
    if ((start === 0 || mayStart(lines[i], start)) && re.test(lines[i])) n++;
  }
  return n / lines.length >= share;
}

function countMatching(lines: readonly string[], re: RegExp): number {
  let n = 0;
  for (const line of lines) if (re.test(line)) n++;
  return n;
}

/** Some line matches `re` (or `or`). */
function anyMatching(lines: readonly string[], re: RegExp, or?: RegExp): boolean {
  for (const line of lines) if (re.test(line) || (or !== undefined && or.test(line))) return true;
  return false;
}

/** Every line matches one of the patterns. */
function allMatching(lines: readonly string[], re: RegExp, or: RegExp, orElse?: RegExp): boolean {
  for (const line of lines) if (!re.test(line) && !or.test(line) && (orElse === undefined || !orElse.test(line))) return false;
  return true;
}

function firstNotMatching(lines: readonly string[], re: RegExp, from = 0): number {
  for (let i = from; i < lines.length; i++) if (!re.test(lines[i])) return i;
  return -1;
}

/** The line after a Jinja expression that opens the block and closes lines later (`{{ config(` … `) }}`), else 0. */
function jinjaEnd(trimmed: readonly string[]): number {
  if (!/^\{[{%]/.test(trimmed[0]) || /[}%]\}$/.test(trimmed[0])) return 0;
  for (let i = 1; i < trimmed.length && i < 20; i++) if (/[}%]\}$/.test(trimmed[i])) return i + 1;
  return 0;
}

function anyPrompted(lines: readonly string[]): boolean {
  for (const line of lines) if (mayStart(line, PROMPT_START) && (promptOf(line) !== undefined || DOLLAR_PROMPT.test(line))) return true;
  return false;
}

/** A Markdown heading below the first, or a bullet or quote with inline marks. */
function markdownMarked(lines: readonly string[]): boolean {
  for (const line of lines) if (MARKDOWN_SUBHEADING.test(line) || (MARKDOWN_ITEM.test(line) && MARKDOWN_INLINE.test(line))) return true;
  return false;
}

/** A line of Python that is no "#" comment. */
function anyPythonLine(lines: readonly string[]): boolean {
  for (const line of lines) if (!HASH_FIRST.test(line) && PY_LINE.test(line)) return true;
  return false;
}

/** A C function definition's head, also when its parameters wrap: `static unsigned long f(struct x *ra,`. */
const C_FUNCTION_HEAD = /^(?:static\s+|inline\s+|extern\s+|__\w+\s+)*(?:const\s+)?(?:unsigned\s+|signed\s+)?(?:void|int|char|long|short|bool|size_t|ssize_t|u8|u16|u32|u64|s32|s64|struct\s+\w+|enum\s+\w+)\s+\**\w+\s*\((?:void\)|(?:const\s+)?(?:struct\s+)?\w+\s+\**\w)/m;
/**
 * One comparison of a firewall or routing rule's filter expression (Cloudflare's Rules language, Wireshark's display
 * filters): a dotted field, an operator word or sign, a value (`http.request.uri.path eq "/login"`, `ip.src in
 * $office`, `cf.waf.score lt 20`).
 */
const FILTER_COMPARISON = /(?:not\s+)?[a-z][\w]*(?:\.[a-z_][\w]*)+(?:\[[^\]]*\])*\s+(?:eq|ne|lt|le|gt|ge|in|contains|matches|wildcard|strict wildcard|==|!=|~)\s+(?:"[^"]*"|\{[^}]*\}|\$[\w]+|[\d.]+|true|false)/g;
/** A dotted field before a comparison: most lines fail here, before the costlier replacements. */
const FILTER_FIELD_COMPARED = /[a-z]\.[a-z_]\w*(?:\[[^\]]*\])*\s+(?:eq|ne|lt|le|gt|ge|in|contains|matches|wildcard|strict|==|!=|~)\s/;
/** A field that is a flag on its own, between joins. */
const FILTER_FLAG = /(?<=^|[\s(])[a-z]\w*(?:\.[a-z_]\w*)+(?=$|[\s)])/g;
const FILTER_JOINS = /^[\s()]*(?:(?:(?:and|or|xor|&&|\|\|)\s+)?(?:not\s+)?[\s()]*\u0000[\s()]*)+$/;

/** A line of comparisons joined by and / or / not, with their parentheses: a filter expression. */
export function filterExpression(text: string): boolean {
  if (!FILTER_FIELD_COMPARED.test(text)) return false;
  const joined = text.replace(FILTER_COMPARISON, '\u0000');
  // Among comparisons, a bare field is a flag (`and not cf.bot_management.verified_bot`).
  return joined !== text && FILTER_JOINS.test(joined.replace(FILTER_FLAG, '\u0000'));
}

/** A local variable declared with a C type: `unsigned long cur = ra->size;`, `char *p = buf;`. */
const C_TYPE_NEEDLES = ['int', 'long', 'char', 'short', 'size_t', 'u8', 'u16', 'u32', 'u64', 'struct'];
const ACCESS_NEEDLES = ['public', 'private', 'protected', 'internal'];
/** Go's call of a package's exported function (`debug.SetGCPercent(`): a dot before a capital letter. */
const EXPORTED_CALL_NEEDLES = Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ', c => `.${c}`);
/** A file written by a here-document: `cat > trust.json <<'EOF'`; the group is its end marker. */
const HEREDOC = /^(?:cat|tee)\b[^\n]*<<-?\s*['"]?([A-Z_]+)['"]?\s*$/m;
/** A line of pip requirements: `pandas==2.2.3`, `pyarrow>=17.0,<18`. */
const REQUIREMENT = /^(?:[A-Za-z][\w.-]*(?:\[[\w,-]+\])?\s*(?:==|>=|<=|~=|!=)\s*[\w.*]+(?:\s*,\s*(?:==|>=|<=|<|>|!=)\s*[\w.*]+)*|--hash=sha256:[0-9a-f]{64})(?: \\)?$/;
/** The language a notebook cell magic (`%%sql`) gives its cell. */
const CELL_MAGIC: Record<string, CodeLanguage> = { sql: 'sql', bash: 'shellscript', sh: 'shellscript', html: 'html', javascript: 'javascript', js: 'javascript' };
/** Minified JSON longer than this is not parsed whole to be recognised. */
const WHOLE_JSON_LIMIT = 200_000;
const C_TYPED_LOCAL = /^\s+(?:const\s+)?(?:unsigned\s+|signed\s+)?(?:int|long|char|short|size_t|u8|u16|u32|u64|uint\d+_t|int\d+_t|struct\s+\w+)\s+\**\w+(?:\s*=\s*[^=;]+)?;$/m;
/** Annotations of Java's test and application frameworks (JUnit, Mockito, Spring): `@ExtendWith(…)`, `@Mock`, `@BeforeEach`. */
const JAVA_FRAMEWORK_ANNOTATION = /^\s*@(?:Test|BeforeEach|AfterEach|BeforeAll|AfterAll|ParameterizedTest|Mock|InjectMocks|ExtendWith|SpringBootTest|Autowired|RestController|Entity)\b/m;
/** A method returning a primitive, named in camelCase: `public void run() {` (C# names methods in PascalCase). */
const JAVA_PRIMITIVE_METHOD = /\b(?:public|private|protected)\s+(?:static\s+)?(?:final\s+|synchronized\s+)*(?:void|int|long|boolean|double|float|char|byte|short)\s+[a-z]\w*\s*\(/;
/** An exception caught with its type before the name: `catch (ThrottledException e)` (JavaScript has no types there). */
const TYPED_CATCH = /\bcatch\s*\(\s*(?:final\s+)?[A-Z]\w*(?:Exception|Error)\s+\w+\s*\)/;
/** A local declared with a generic type before its name: `List<FeatureUpdate> batch = …`. */
const GENERIC_LOCAL = /^\s*(?:final\s+)?[A-Z]\w*<[\w<>, ?[\]]+>\s+[a-z]\w*\s*=/m;
/** A loop variable declared with its class type: `for (TopicPartition tp : parts)`, `for (Batch<byte[]> b = poll();` (Java; C# says `foreach`). */
const TYPED_FOR = /\bfor\s*\(\s*(?:final\s+)?[A-Z]\w*(?:<[\w<>, ?[\]]+>)?\s+[a-z]\w*\s*[:=]/;
/** A lambda whose parameters have their types first: `async (string name, BuildDb db) =>` (TypeScript writes `name: string`). */
const CSHARP_TYPED_LAMBDA = /\(\s*(?:string|int|long|bool|decimal|double|Guid|[A-Z]\w*)\s+[a-z]\w*(?:\s*,\s*(?:string|int|long|bool|decimal|double|Guid|[A-Z]\w*)\s+[a-z]\w*)*\s*\)\s*=>/;
/** Access modifier, then a type, then the member's name: Java and C#, never TypeScript. */
const TYPE_BEFORE_NAME = /\b(?:public|private|protected|internal)\s+(?:(?:static|readonly|final|async|override|virtual|abstract)\s+)*[A-Z]\w*(?:<[^>]*>)?\??\s+_?\w+\s*[(;=]/;

/**
 * Telltales of languages without a dedicated rule above; each pattern adds its weight once. The strings after a
 * pattern are needles: every match of the pattern contains one of them (the sample read as if a line end followed
 * it), so a sample holding none of them is ruled out before the pattern runs (most samples hold few of them; the
 * result is the same).
 */
type Mark = readonly [RegExp, number, ReadonlyArray<string>?];
/**
 * Needles for a pattern ending in `x$` (multiline): `x` before any line end. The needle scan reads the sample as if a
 * line end followed it, so that `x` at the very end is found too.
 */
function lineEnding(x: string): string[] {
  return [`${x}\n`, `${x}\r`, `${x}\u2028`, `${x}\u2029`];
}
export const SIGNATURES: ReadonlyArray<{ lang: CodeLanguage; marks: ReadonlyArray<Mark> }> = [
  { lang: 'go', marks: [[/^type\s+\w+\s+(?:struct|interface)\s*\{$/m, 3, ['type']], [/`(?:json|yaml|db|xml|toml|mapstructure):"[\w,-]*"`/, 3, ['`']], [/^package\s+\w+\s*$/m, 3, ['package']], [/^func\s+(?:\([^)]*\)\s*)?\w+\s*\(/m, 3, ['func']], [/^func\s+\(\w+\s+\*?[A-Z]\w*\)\s*\w+\(/m, 2, ['func (']], [/\w\s*:=\s*\S/, 2, [':=']], [/:=\s*&?[a-z]\w*\.[A-Z]\w*\{|:=\s*&[A-Za-z]\w*\{/, 2, [':=']], [/\bif\s+err\s*!=\s*nil\b/, 4, ['nil']], [/\bfmt\.\w+\(/, 2, ['fmt.']], [/^import\s+(?:\(|"[\w./-]+"$)/m, 2, ['import']], [/\bchan\s+\w+|\bgo\s+func\b|\bdefer\s+\w/, 2, ['chan', 'go', 'defer']], [/^\s*(?:[\w.]+\s*:?=\s*)?[a-z]\w*\.[A-Z]\w*\(/m, 3, EXPORTED_CALL_NEEDLES], [/\b[a-z]\w*\.New[A-Z]\w*\(/, 2, ['.New']]] },
  { lang: 'rust', marks: [[/\bfn\s+\w+\s*[(<]/, 3, ['fn']], [/\blet\s+mut\b/, 3, ['mut']], [/^use\s+[\w:]+(?:::\{[^}]*\})?;/m, 3, ['use']], [/^\s*impl\b/m, 2, ['impl']], [/\bpub\s+(?:fn|struct|enum|mod|trait)\b/, 3, ['pub']], [/\b\w+!\(/, 1.5, ['!(']], [/#\[derive\(/, 3, ['#[derive(']], [/&mut\s+\w/, 2, ['&mut']], [/::new\(|&mut\s|&self\b|Option<|Result<|Vec</, 1.5, ['::new(', '&mut', '&self', 'Option<', 'Result<', 'Vec<']], [/\bmatch\s+\w+\s*\{/, 1, ['match']], [/\.\w+\(\|[\w, ]*\|/, 3, ['(|']], [/\b(?:Ok|Err|Some)\(/, 2, ['Ok(', 'Err(', 'Some(']], [/\b(?:as\s+|:\s*|\d)[ui](?:8|16|32|64|128|size)\b/, 2, ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize']], [/\)\?;$/m, 2, lineEnding(')?;')], [/\bfor\s+\w+\s+in\s+&/, 2, ['in &']]] },
  { lang: 'cpp', marks: [[/^#include\s*<(?:vector|string|iostream|memory|map|unordered_map|algorithm|thread|chrono|future|mutex|atomic|optional|functional|array|set|fstream|sstream|c(?:stdio|stdlib|string|stdint|math))>/m, 5, ['#include']], [/\bstd::/, 3, ['std::']], [/^using\s+namespace\s+[\w:]+;$/m, 3, ['using']], [/\bcout\s*<<|\bnullptr\b|\btemplate\s*</, 2, ['cout', 'nullptr', 'template']], [/\bauto\s*[&*]?\s*\w+\s*[:=]/, 1, ['auto']], [/^class\s+(?:\w+\s+)?\w+\s*:\s*(?:public|protected|private)\s+\w/m, 4, ['class']], [/\bvirtual\s+[\w:<>*& ]+\([^)]*\)\s*(?:const\s*)?(?:override|=\s*0)?;/, 3, ['virtual']]] },
  { lang: 'c', marks: [[/^#include\s*[<"][\w./]+\.h[>"]/m, 4, ['#include']], [/^#(?:define|ifdef|ifndef|endif)\b/m, 2, ['#define', '#ifdef', '#ifndef', '#endif']], [/\b(?:printf|malloc|free|sizeof|memcpy|memset|strlen|strcmp|snprintf|kfree|kzalloc|devm_\w+)\s*\(/, 2, ['printf', 'malloc', 'free', 'sizeof', 'memcpy', 'memset', 'strlen', 'strcmp', 'snprintf', 'kzalloc', 'devm_']], [/\bO_(?:RDONLY|WRONLY|RDWR|NONBLOCK|CREAT|CLOEXEC|TRUNC|APPEND)\b/, 2, ['O_']], [/^(?:struct\s+\w+|int|long|char|unsigned\s+(?:int|long|char)|size_t|ssize_t)\s+\**\w+(?:\[\w*\])?;$/m, 2, ['int', 'long', 'char', 'size_t', 'struct']], [/\bNULL\b|GFP_KERNEL|-E[A-Z]{3,}\b/, 2, ['NULL', 'GFP_KERNEL', '-E']], [/^(?:static\s+)?(?:int|void|char|long|unsigned|bool|struct\s+\w+\s*\*?|size_t|u\d\d)\s+\*?\w+\s*\([^)]*\)\s*\{?$/m, 3, ['(']], [/\w->\w/, 1, ['->']], [/^(?:typedef\s+)?struct\s+\w+\s*\{/m, 3, ['struct']], [C_FUNCTION_HEAD, 3, ['(']], [C_TYPED_LOCAL, 2, C_TYPE_NEEDLES], [/^static\s+(?:const\s+)?[A-Za-z_]\w*\s+\w+\[\w*\]\s*=\s*\{$/m, 4, ['static']], [/^(?:static\s+)?(?:struct|union)\s+\w+\s+\w+\s*=\s*\{\s*\};$/m, 3, ['struct', 'union']], [/\b(?:unsigned|signed)\s+(?:long|int|char|short)\b/, 2, ['signed']], [/^(?:static\s+)?(?:const\s+)?struct\s+\w+\s+\w+(?:\[\w*\])?\s*=\s*\{$/m, 4, ['struct']], [/^\s*(?:const\s+)?(?:void|char|int|long|unsigned|size_t|struct\s+\w+)\s*\*\s*\w+\s*=/m, 3, ['*']], [/^\s*\.\w+\s*=\s*[^=\s]/m, 1, [' .', '\t.', '\n.']], [/^\s*(?:unsigned\s+|const\s+)?(?:int|long|char|bool|u8|u16|u32|u64|s32|s64|__[us](?:8|16|32|64)|__(?:le|be)(?:16|32|64)|u?int\d+_t|size_t|atomic_t|spinlock_t|struct\s+\w+)\s+\**\w+(?:\[\w*\])?;(?:\s*\/\*.*\*\/)?$/m, 2, [';']], [/^(?:static\s+)?(?:const\s+)?struct\s+\w+\s+\w+\s*=\s*\{.*\};/m, 3, ['struct']], [/\w->\w+(?:\s*[-+*/|&]?=[^=]|\+\+|--)/, 2, ['->']], [/[(,]\s*&\w+(?:->|\.|\))/, 2, ['(&', ', &']], [/^\s*[A-Z][A-Z\d]*(?:_[A-Z\d]+)+\([^)]*\);$/m, 2, lineEnding(');')]] },
  { lang: 'java', marks: [[/\bpublic\s+(?:final\s+|abstract\s+)?class\s+\w+/, 3, ['public']], [JAVA_FRAMEWORK_ANNOTATION, 2, ['@']], [/@Override\b/, 3, ['@Override']], [/\bSystem\.out\.print/, 3, ['System.out.print']], [/^import\s+(?:java|javax|software\.amazon|com|org)\.[\w.]+;/m, 3, ['import']], [/\bpublic\s+static\s+void\s+main\b/, 3, ['main']], [/\b(?:private|public|protected)\s+(?:static\s+)?(?:final\s+)?[A-Z]\w*(?:<[^>]*>)?\s+\w+\s*[(;=]/, 2, ACCESS_NEEDLES], [JAVA_PRIMITIVE_METHOD, 2, ACCESS_NEEDLES], [TYPED_CATCH, 2, ['catch']], [GENERIC_LOCAL, 2, ['<']], [TYPED_FOR, 3, ['for']], [/^[A-Z]\w*(?:<[^>]*>)?\s+[a-z]\w*\s*=\s*[A-Z]\w*\.(?:builder|Builder|of|create|newBuilder)\b/m, 2, ['.builder', '.Builder', '.of', '.create', '.newBuilder']], [/\b(?:List|Map|Set)\.of\(|\.build\(\);/, 2, ['.of(', '.build();']], [/\b[A-Z]\w*Request\.builder\(\)/, 3, ['.builder()']], [/\)\s*throws\s+[A-Z]\w*(?:Exception|Error)\b/, 3, ['throws']], [/\b[A-Z]\w*\.class\.get(?:Name|SimpleName)\(\)/, 3, ['.class.get']], [/^[A-Z]\w*(?:<[^>]*>)?\s+[a-z]\w*\s*=\s*new\s+[A-Z]\w*(?:<[^>]*>)?\(/m, 2, ['= new ']], [/^[A-Z]\w*(?:<[^>]*>)?\s+[a-z]\w*\s*=\s*[a-z]\w*\.get[A-Z]\w*\(/m, 2, ['.get']], [/\bDuration\.of(?:Millis|Seconds|Minutes|Hours|Days)\(/, 2, ['Duration.of']]] },
  { lang: 'csharp', marks: [[/\)\s*:\s*base\(/, 3, ['base(']], [/\b(?:public|protected|private|internal)\s+(?:override|virtual)\s+\w/, 3, ['override', 'virtual']], [/^using\s+[\w.]+;/m, 3, ['using']], [/\bnamespace\s+[A-Z][\w.]*/, 3, ['namespace']], [/\bTask<|\basync\s+Task\b/, 2, ['Task']], [/\b(?:override|virtual)\s+async\s+Task\b|\bCancellationToken\s+\w/, 3, ['override', 'virtual', 'CancellationToken']], [/Console\.Write(?:Line)?\(/, 3, ['Console.Write']], [/\bvar\s+\w+\s*=\s*new\b/, 1, ['new']], [/\{\s*get;\s*set;\s*\}/, 3, ['get;']], [/\bawait\s+using\s+var\b|\bpublic\s+(?:async\s+)?Task\b/, 3, ['using', 'Task']], [/\((?:string|int|long|bool|decimal|double)\?\)/, 2, ['?)']], [/\breadonly\s+[A-Z]\w*(?:<[^>]*>)?\s+_\w+;/, 2, ['readonly']], [CSHARP_TYPED_LAMBDA, 3, ['=>']], [/\bnew\s*\{\s*\w/, 2, ['new']], [/\.(?:ToListAsync|FirstOrDefaultAsync|SingleOrDefaultAsync|ToDictionary|FirstOrDefault|OrderByDescending)\(/, 2, ['ToListAsync', 'FirstOrDefault', 'SingleOrDefaultAsync', 'ToDictionary', 'OrderByDescending']]] },
  { lang: 'kotlin', marks: [[/\bfun\s+\w+\s*\(/, 3, ['fun']], [/\bval\s+\w+\s*(?::\s*\w+)?\s*=/, 2, ['val']], [/\bprintln\(/, 1, ['println(']], [/\{\s*it\b|\bit\s*\*/, 1, ['it']], [/\bdata\s+class\b/, 3, ['data']], [/\bclass\s+[A-Z]\w*(?:<[^>]*>)?\s*\(\s*(?:private\s+|override\s+)?(?:val|var)\s+\w+\s*:/, 3, ['val', 'var']], [/^\s*(?:implementation|api|compileOnly|runtimeOnly|testImplementation|kapt|ksp)\("[^"]+"\)/m, 3, ['implementation("', 'api("', 'compileOnly("', 'runtimeOnly("', 'testImplementation("', 'kapt("', 'ksp("']], [/^\s*id\("[\w.-]+"\)(?:\s+version\s+"[^"]+")?$/m, 2, ['id("']], [/^(?:plugins|dependencies|repositories)\s*\{$/m, 1, ['plugins', 'dependencies', 'repositories']], [/^\s*(?:implementation|api|testImplementation)\((?:libs\.|project\(|kotlin\()/m, 3, ['implementation(', 'api(', 'testImplementation(']], [/^\s*(?:kotlin|sourceSets|android)\s*\{$/m, 2, lineEnding('{')]] },
  { lang: 'scala', marks: [[/\bobject\s+\w+\s+extends\b/, 3, ['object']], [/\bcase\s+class\b/, 3, ['case']], [/\bdef\s+\w+\s*\([^)]*\)\s*:\s*\w+\s*=/, 3, ['def']], [/\bval\s+\w+\s*=/, 1, ['val']], [/\$"\w+"/, 3, ['$"']], [/^\s*val\s+\w+\s*=\s*spark\.\w+/m, 3, ['spark.']], [/^\s*(?:ThisBuild\s*\/\s*)?\w+\s*:=\s*"|"\s*%%\s*"|\blazy\s+val\b/m, 3, [':=', '%%', 'lazy']]] },
  { lang: 'ruby', marks: [[/^require\s+['"][\w/-]+['"]/m, 3, ['require']], [/^class\s+[A-Z]\w*\s*<\s*[A-Z][\w:]*$/m, 3, ['class']], [/^\s*(?:has_many|has_one|belongs_to|validates|attr_accessor|before_action)\s+:/m, 3, ['has_many', 'has_one', 'belongs_to', 'validates', 'attr_accessor', 'before_action']], [/\bdo\s*\|[\w, ]+\|/, 3, ['do']], [/^\s*end$/m, 2, lineEnding('end')], [/^\s*puts\s/m, 2, ['puts']], [/\w::\w+\.new\b/, 2, ['.new']], [/^\s*def\s+\w+[?!]?(?:\(.*\))?$/m, 1, ['def']], [/^gem\s+['"][\w-]+['"]/m, 3, ['gem']], [/^source\s+['"]https:\/\/rubygems\.org['"]$/m, 3, ['rubygems.org']]] },
  { lang: 'powershell', marks: [[new RegExp(CMDLET_WITH_PARAMETER.source, 'm'), 4, [' -']], [/(?<!["'])\b(?:Get|Set|New|Remove|Write|Import|Install|Invoke|Start|Stop|Add|Update|Test|Connect|ConvertTo|ConvertFrom|Select|Where|ForEach)-[A-Z]\w+/, 4, ['Get-', 'Set-', 'New-', 'Remove-', 'Write-', 'Import-', 'Install-', 'Invoke-', 'Start-', 'Stop-', 'Add-', 'Update-', 'Test-', 'Connect-', 'ConvertTo-', 'ConvertFrom-', 'Select-', 'Where-', 'ForEach-']], [/^\$\w+\s*=/m, 1, ['$']], [/\s-[A-Z]\w+\s/, 1, ['-']], [/^& ["'][^"'\n]+\.(?:ps1|exe)["']/im, 4, ['& "', "& '"]]] },
  { lang: 'php', marks: [[/\$\w+->\w+/, 3, ['->']], [/\bfunction\s*\(\s*(?:[\w\\]+\s+)?\$\w+/, 3, ['function']], [/\barray\s*\(/, 2, ['array']], [/\b[A-Z]\w*(?:\\[A-Z]\w*)+(?:::|\\)/, 2, ['\\']], [/^\s*\$\w+\s*=[^=]/m, 1, ['$']]] },
  // Languages without an id of their own are plain text, not the language they resemble.
  { lang: 'plaintext', marks: [[/^\s*local\s+(?:function\s+)?\w+/m, 3, ['local']], [/\bthen$/m, 2, lineEnding('then')], [/~=/, 2, ['~=']], [/ \.\. /, 1, [' .. ']]] },
  { lang: 'plaintext', marks: [[/^import\s+(?:rego\.v1|future\.keywords|data\.|input\.)/m, 4, ['import']], [/^(?:deny|allow|violation|warn)\b[^{\n]*\bif\s*\{$/m, 3, lineEnding('{')]] },
  { lang: 'plaintext', marks: [[/\bguard\s+let\b/, 3, ['guard']], [/\bfunc\s+\w+\s*\(\s*_\s+\w+\s*:/, 3, ['func']], [/\basync\s+throws\b|\btry\s+await\b/, 3, ['throws', 'try']], [/\bif\s+let\s+\w+\s*=/, 2, ['let']]] },
  { lang: 'graphql', marks: [[/^(?:query|mutation|subscription|fragment)\b[^{]*\{/m, 4, ['query', 'mutation', 'subscription', 'fragment']], [/\$\w+:\s*\[?\w+!?\]?!?/, 2, ['$']], [/^(?:type|input|interface|enum)\s+[A-Z]\w*(?:\s+@\w+(?:\(.*\))?)*\s*\{$/m, 3, lineEnding('{')], [/^\s+\w+: \[?[A-Z]\w*(?:!|\]!| @\w)/m, 1, ['!', ' @']]] },
  { lang: 'css', marks: [[/^[.#@]?[a-z][\w-]*(?:[ >+~,.#:[\]][\w-]*)*\s*\{$/m, 2, lineEnding('{')], [/^\s*[a-z-]+\s*:\s*[^;{}]+;\s*$/m, 2, [';']], [/^\s*\}\s*$/m, 0.5, ['}']]] },
];

/** True when `text` holds at least one of the strings. */
function hasAny(text: string, needles: ReadonlyArray<string>): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

const DIFF_NEEDLES = ['diff --git ', '@@ -', '--- a/', '+++ b/'];
const HCL_NEEDLES = ['resource', 'data', 'variable', 'output', 'provider', 'module', 'terraform', 'locals'];
const CDK_OTHER_NEEDLES = ['Stack', 'software.amazon.awscdk', 'Amazon.CDK', 'aws-cdk-go', 'awscdk.', 'this'];
/** Every match of the patterns of the same name holds one of their needles. */
const PLAN_OUTPUT = /^(?:Terraform will perform|Plan: \d+ to add|An execution plan has been generated|No changes\.)/m;
const PLAN_OUTPUT_NEEDLES = ['Terraform will perform', 'Plan: ', 'An execution plan has been generated', 'No changes.'];
const PY_CONSTRUCT_NEEDLES = ['s3.', 'lambda', 'events.', 'targets.', 'iam.', 'ec2.', 'ecs.', 'ecs_patterns.', 'ecr.', 'eks.', 'sqs.', 'sns.', 'dynamodb.',
  'apigateway.', 'kms.', 'cloudfront.', 'logs.', 'stepfunctions.', 'sfn.', 'tasks.', 'rds.', 'glue.', 'pipelines.', 'codepipeline.', 'codebuild.',
  'cloudwatch.', 'kinesis.', 'secretsmanager.', 'ssm.', 'elbv2.', 'route53.'];
const CDK_TS_NEEDLES = ['this', 'extends', 'aws-cdk-lib', 'Cfn', '.node.defaultChild', 'addOverride(', 'cdk.'];

const NEEDLES = new NeedleIndex([
  ...SIGNATURES.flatMap(({ marks }) => marks.flatMap(([, , needles]) => needles ?? [])),
  ...ACCESS_NEEDLES, ...C_TYPE_NEEDLES, ';', ...CDK_OTHER_NEEDLES, ...DIFF_NEEDLES, ...HCL_NEEDLES, '{', 'resource',
  ...PSQL_PROMPT_NEEDLES, ...PROMPT_NEEDLES, ...OTHER_LINE_END_NEEDLES, ...PLAN_OUTPUT_NEEDLES, ...PY_CONSTRUCT_NEEDLES, ...CDK_TS_NEEDLES,
  // scoreScripts
  'const', 'let', '=>', 'function', 'this.', 'new', 'None', 'self', 'elif', 'def', 'True', 'False', 'lambda', 'f"', "f'", 'print(', ':', '#',
]);
const ACCESS_IDS = NEEDLES.ids(ACCESS_NEEDLES);
const C_TYPE_IDS = NEEDLES.ids(C_TYPE_NEEDLES);
const SEMICOLON_IDS = NEEDLES.ids([';']);
const CDK_OTHER_IDS = NEEDLES.ids(CDK_OTHER_NEEDLES);
const DIFF_IDS = NEEDLES.ids(DIFF_NEEDLES);
const PSQL_PROMPT_IDS = NEEDLES.ids(PSQL_PROMPT_NEEDLES);
const PROMPT_IDS = NEEDLES.ids(PROMPT_NEEDLES);
const OTHER_LINE_END_IDS = NEEDLES.ids(OTHER_LINE_END_NEEDLES);
const PLAN_OUTPUT_IDS = NEEDLES.ids(PLAN_OUTPUT_NEEDLES);
const PY_CONSTRUCT_IDS = NEEDLES.ids(PY_CONSTRUCT_NEEDLES);
const CDK_TS_IDS = NEEDLES.ids(CDK_TS_NEEDLES);
const HCL_IDS = NEEDLES.ids(HCL_NEEDLES);
const BRACE_IDS = NEEDLES.ids(['{']);
const RESOURCE_IDS = NEEDLES.ids(['resource']);
/**
 * SIGNATURES with their needles as ids, each language's marks heaviest first with their total: a language is
 * left as soon as the marks not yet tried cannot lift it to the score needed (weights are multiples of 0.5, so
 * their sum is exact in any order).
 */
const SIGNATURE_IDS = SIGNATURES.map(({ lang, marks }) => ({
  lang,
  total: marks.reduce((sum, [, weight]) => sum + weight, 0),
  marks: [...marks].sort((a, b) => b[1] - a[1])
    .map(([re, weight, needles]) => ({ re, weight, ids: needles === undefined ? undefined : NEEDLES.ids(needles) })),
}));

/**
 * The language whose signature scores highest (the first of equals), if that score is at least `atLeast`: the
 * callers use no weaker guess, so languages that cannot reach it, or cannot beat the best so far, are cut short.
 * Uses the needles of `all`, which the caller scanned.
 */
function bestSignature(all: string, atLeast: number): { lang: CodeLanguage; score: number } | undefined {
  let best: { lang: CodeLanguage; score: number } | undefined;
  for (const { lang, marks, total } of SIGNATURE_IDS) {
    let score = 0;
    let untried = total;
    for (const { re, weight, ids } of marks) {
      if (best === undefined ? score + untried < atLeast : score + untried <= best.score) break;
      untried -= weight;
      if ((ids === undefined || NEEDLES.hasAny(ids)) && re.test(all)) score += weight;
    }
    // The declarations are stripped only when CSS scored at all: that replace over the whole sample is costly.
    if (lang === 'css' && score > 0 && /[=();]\s*$|\bfunction\b|\bconst\b/m.test(all.replace(/:[^;{}]+;/g, ''))) score = 0;
    if (best === undefined ? score >= atLeast : score > best.score) best = { lang, score };
  }
  return best;
}

const TFVARS_LINE = /^(?:[\w-]+\s*=\s*(?:[{[]|"[^"]*"|\{.*\}|\[.*\]|[\w.-]+)|[}\]],?|"[^"]*",?|#.*)$/;

/** `name = {` over `key = value` lines (or quoted items), closed by `}` or `]` alone. */
function terraformValues(trimmed: readonly string[]): boolean {
  let opened = 0;
  let closed = 0;
  for (const line of trimmed) {
    if (!TFVARS_LINE.test(line)) return false;
    if (/=\s*[{[]$/.test(line)) opened++;
    else if (/^[}\]],?$/.test(line)) closed++;
  }
  return opened > 0 && closed === opened;
}

const TOML_ARRAY_ITEM = /^(?:"[^"]*"|'[^']*'|[-+]?[\d.]+|true|false|\{.*\}|\[.*\])(?:\s*,\s*(?:"[^"]*"|'[^']*'|[-+]?[\d.]+|true|false))*\s*,?\s*(?:#.*)?$/;

/**
 * Settings without the values a key lists on the lines under it: indented under `Key=` (`Packages=` over `    systemd`:
 * systemd-style and mkosi configuration), or inside an array opened after "=" (`test = [` … `]`: TOML). Those lines
 * are the pair's, not lines of another kind.
 */
function withoutListedValues(content: readonly string[], settings: readonly string[]): readonly string[] {
  if (!settings.some(l => l.endsWith('=') || l.endsWith('['))) return settings;
  const listed = new Set<string>();
  let open = false;
  let array = false;
  for (const line of content) {
    const text = line.trim();
    if (array) {
      // TOML's arrays hold values; bare words (Glue's DQDL, `Rules = [` over `IsComplete "id",`) are no TOML.
      if (/^\],?$/.test(text)) array = false;
      else if (!TOML_ARRAY_ITEM.test(text)) return settings;
      listed.add(text);
      continue;
    }
    const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
    if (open && indented) listed.add(text);
    else open = text.endsWith('=');
    array = /^[\w.-]+\s*=\s*\[$/.test(text);
  }
  return listed.size === 0 ? settings : settings.filter(l => !listed.has(l));
}

/** File extensions whose language a file-name comment settles, by the comment mark that language writes. */
const NAMED_FILE_LANGUAGES: Record<string, Record<string, CodeLanguage>> = {
  '//': { kt: 'kotlin', kts: 'kotlin', ts: 'typescript', tsx: 'typescript', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'javascript', go: 'go', rs: 'rust', java: 'java', cs: 'csharp', scala: 'scala', c: 'c', h: 'c', cpp: 'cpp', cc: 'cpp', hpp: 'cpp', php: 'php' },
  '#': { py: 'python', rb: 'ruby', sh: 'shellscript', bash: 'shellscript', tf: 'hcl', tfvars: 'hcl', hcl: 'hcl', yaml: 'yaml', yml: 'yaml', toml: 'toml', ps1: 'powershell', graphql: 'graphql', gql: 'graphql' },
  '--': { sql: 'sql' },
};
NAMED_FILE_LANGUAGES['/*'] = { ...NAMED_FILE_LANGUAGES['//'], css: 'css' };
/** Every file type a comment may name, with its language. */
const FILE_TYPE_LANGUAGES = new Map<string, CodeLanguage>(Object.values(NAMED_FILE_LANGUAGES).flatMap(types => Object.entries(types)));
/**
 * A comment that names the file shown under it: `# compose.yaml`, `// src/worker.ts`, `-- schema.sql`, the name alone in
 * a C comment, `# k8s/deployment.yaml (excerpt)`. Groups: the comment mark, the extension, or a name that has none (`Dockerfile`).
 */
const FILE_NAME_COMMENT = /^(#|\/\/|--|\/\*)\s*(?:[\w./-]*\.(\w+)|(Dockerfile|Containerfile|Makefile|Gemfile|Procfile))(?: \((?:excerpt|abridged|partial|simplified|truncated)\))?(?: \*\/)?$/;

/** The file a comment line names (see FILE_NAME_COMMENT), or null. The block finder asks where files start. */
export function fileNamed(text: string): RegExpExecArray | null {
  const c = text.charCodeAt(0);
  return c === 35 || c === 47 || c === 45 ? FILE_NAME_COMMENT.exec(text) : null;
}

/** The language of the file a comment names (`// app/TileDao.kt`), when its comment mark is that language's. */
function languageOfNamedFile(head: string): CodeLanguage | undefined {
  const named = fileNamed(head);
  return named?.[2] !== undefined ? NAMED_FILE_LANGUAGES[named[1]][named[2].toLowerCase()] : undefined;
}

const SPACED_SETTING = /^[a-z_][a-z0-9_.-]* [^\s=(){};,]+(?: [^\s=(){};,]+)*$/;

/**
 * Three settings or more written `key value`, no command among them, most keys different (a key may repeat:
 * Mosquitto's `topic`; commands of one tool repeat theirs); `#` comments allowed.
 */
function spacedSettings(trimmed: readonly string[]): boolean {
  const keys = new Set<string>();
  let settings = 0;
  for (const line of trimmed) {
    if (line.charCodeAt(0) === 35) continue;
    if (!SPACED_SETTING.test(line) || SHELL_LINE.test(line)) return false;
    keys.add(line.slice(0, line.indexOf(' ')));
    settings++;
  }
  return keys.size >= 3 && keys.size * 4 >= settings * 3;
}

function numbersUnderHashHeader(trimmed: readonly string[]): boolean {
  let k = 0;
  while (k < trimmed.length && trimmed[k].charCodeAt(0) === 35) k++;
  if (k === trimmed.length || trimmed.length - k < 2) return false;
  for (; k < trimmed.length; k++) if (!/^[-+]?\d[\d.,eE+-]*(?:\s+[-+]?\d[\d.,eE+-]*)+$/.test(trimmed[k])) return false;
  return true;
}

/**
 * One command wrapped with backslashes whose continued lines are its options (`fio --name=x \` / `  --size=4g`) or its
 * quoted URL; the program may be named by its path (`./Engine/Build/RunUAT.sh BuildCookRun \`).
 */
function continuedWithOptions(trimmed: readonly string[]): boolean {
  if (trimmed.length < 2 || !/^(?:[a-z][\w.-]*|(?:\.{1,2}|~)\/[\w./-]+)\s/.test(trimmed[0])) return false;
  // Inside a quoted argument over lines (`-d '{` … `}'`) every line is the argument's.
  let quoted = false;
  for (let i = 0; i < trimmed.length; i++) {
    const line = trimmed[i];
    const opensOrCloses = quotesIn(line) % 2 === 1;
    if (!quoted) {
      if (i < trimmed.length - 1 && !line.endsWith('\\') && !opensOrCloses) return false;
      if (i > 0 && !/^(?:-|"https?:)/.test(line)) return false;
    }
    if (opensOrCloses) quoted = !quoted;
  }
  return !quoted;
}

/**
 * Changed lines shown without the diff's headers: every line starts with "-", "+" or a space, both "-" and "+"
 * occur, and most changed lines have their code right after the sign (`-\tscore := …`), unlike list items.
 */
function headerlessDiff(content: readonly string[]): boolean {
  let removed = 0;
  let added = 0;
  let tight = 0;
  let tabbed = 0;
  for (const line of content) {
    const sign = line.charCodeAt(0);
    if (sign === 32) continue;
    if ((sign !== 45 && sign !== 43) || line.charCodeAt(1) === sign) return false;
    if (!/[A-Za-z]/.test(line)) {
      if (/^[+-]\t+[{}();]+$/.test(line)) continue; // a closing brace of tab-indented code
      return false;
    }
    if (sign === 45) removed++;
    else added++;
    if (line.length > 1 && line.charCodeAt(1) !== 32) tight++;
    if (line.charCodeAt(1) === 9) tabbed++;
  }
  // Lines only added (or only removed) are a diff when each sign sits before a tab, as in kernel patches.
  const oneSided = removed + added >= 2 && tabbed === removed + added;
  return (removed > 0 && added > 0 || oneSided) && tight * 2 >= removed + added;
}

/**
 * A query written in lower case over several lines (dbt models, notebooks): `select` (or `with x as (`) first and
 * a `from` clause at the start of a later line — Python's `from x import y` is not one.
 */
function lowerCaseQuery(trimmed: readonly string[], at: number): boolean {
  if (!/^(?:select(?:\s|$)|with\s+\w+\s+as\s*\()/.test(trimmed[at] ?? '')) return false;
  for (let k = at + 1; k < trimmed.length; k++) if (/^from\s+(?![\w.]+\s+import\b)[\w{"`(]/.test(trimmed[k])) return true;
  return false;
}

/** `# tool -e '…` with the quote left open: a program given on the command line, its lines follow. */
const ROOT_PROMPT_QUOTE_OPENS = /^# [a-z][\w.-]* +(?:-{1,2}[A-Za-z][\w-]* +)+'[^']*$/;

/** How many single quotes the text holds: an odd count opens or closes a quoted argument that runs over lines. */
export function quotesIn(text: string): number {
  let n = 0;
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) n++;
  return n;
}

/** A root-prompt session: `# tool -k key` (a program name, then an option) with its output, no code lines. */
const ROOT_PROMPT_OPTIONS = /^# [a-z][\w.-]* +-{1,2}[A-Za-z]/;

function rootSessionWithOptions(trimmed: readonly string[]): boolean {
  let prompts = 0;
  let output = 0;
  for (const l of trimmed) {
    if (l.startsWith('#')) { if (ROOT_PROMPT_OPTIONS.test(l)) prompts++; continue; }
    if (/^[\w.-]+:(?:\s|$)|[;{}=()]/.test(l) || PY_LINE.test(l)) return false;
    output++;
  }
  return prompts > 0 && output > 0;
}

function isYaml(all: string[]): boolean {
  if (all.length < 2) return false;
  const trimmed = all.some(l => BLOCK_SCALAR.test(l)) ? withoutBlockScalars(all) : all;
  return shareReaches(trimmed, YAML_LINE, YAML_START, 0.8) && !trimmed.some(l => /[;{]$/.test(l)) && trimmed.some(l => /^[\w.-]+:$/.test(l) || /^- /.test(l) || /^[a-z][\w-]*:\s/.test(l));
}

/** Every line holds the same number of tab-separated fields, three at least, and no code punctuation ends one. */
function tabSeparatedRows(trimmed: string[]): boolean {
  const fields = trimmed[0].split('\t').length;
  return fields >= 3 && trimmed.every(l => l.split('\t').length === fields && !/[;{}(]$/.test(l));
}

/** A key or sequence item whose value is a folded or literal block (`hypothesis: >`, `- |`): prose or code lines follow. */
const BLOCK_SCALAR = /^(?:[\w.-]+:\s*|- )[>|][-+]?$/;

/** The lines without the text of their block scalars (up to the next line shaped like YAML). */
function withoutBlockScalars(trimmed: string[]): string[] {
  const out: string[] = [];
  let inside = false;
  for (const l of trimmed) {
    if (inside && !YAML_LINE.test(l)) continue;
    out.push(l);
    inside = BLOCK_SCALAR.test(l);
  }
  return out;
}

/**
 * The Python and JavaScript scores: telltale lines, then telltales anywhere in the sample. Both scores read some of
 * the same telltales, so each is tested once, and only when the sample holds one of its needles (scanned by the
 * caller); Python's telltales were one pattern, `/\b(?:None|True|False|self|elif|def|lambda)\b|f["']|\bprint\(|:\s*$|^\s*#/m`.
 */
function scoreScripts(trimmed: string[], all: string): { python: number; js: number } {
  let python = 0;
  let js = 0;
  for (const l of trimmed) {
    if (mayStart(l, PY_START) && PY_LINE.test(l)) python++;
    if (mayStart(l, JS_START) && JS_LINE.test(l)) js++;
  }
  const semicolonEnd = NEEDLES.hasAny(SEMICOLON_IDS) && SEMICOLON_END.test(all);
  const declaration = NEEDLES.hasAny(DECLARATION_IDS) && JS_DECLARATION.test(all);
  const pythonWord = NEEDLES.hasAny(PY_WORD_IDS) && PY_WORD.test(all);
  const hashComment = NEEDLES.hasAny(HASH_IDS) && HASH_COMMENT.test(all);
  const pythonTell = pythonWord || hashComment || NEEDLES.hasAny(F_STRING_IDS)
    || (NEEDLES.hasAny(PY_WORD_MORE_IDS) && PY_WORD_MORE.test(all)) || (NEEDLES.hasAny(PRINT_IDS) && PRINT_CALL.test(all))
    || (NEEDLES.hasAny(COLON_IDS) && COLON_END.test(all)) || (NEEDLES.hasAny(HASH_IDS) && HASH_LINE.test(all));
  if (pythonTell) python += 1;
  // A call opened at a line's end, then its keyword arguments a line each (`    instance_type="ml.g5.xlarge",`,
  // boto3's `    EndpointName="triage-ep",`): JavaScript passes objects, not `name=value`.
  if (all.includes('(\n') && KEYWORD_ARGUMENTS.test(all)) python += 3;
  // A name given a dict or list literal that closes with a bare bracket (`implicit_config = {` … `}`): JavaScript
  // declares it (`const x = {`) and ends it with `};`.
  if (LITERAL_ASSIGNED.test(trimmed[0]) && /^[}\]]$/.test(trimmed[trimmed.length - 1])) python += 2;
  // `self` passed as a call's first argument (`ServiceStage(self, "Staging", …)`): a Python method's body.
  if (all.includes('(self') && /\w\(self\s*[,)]/.test(all)) python += 2;
  if (semicolonEnd) python -= 2;
  if (declaration || (NEEDLES.hasAny(FUNCTION_IDS) && FUNCTION_WORD.test(all))) python -= 3;
  // A type before the name ("public Task<string> Get(", "private readonly Pool _db;", "unsigned long cur =")
  // is Java, C# or C: TypeScript puts the type after the name.
  if ((NEEDLES.hasAny(ACCESS_IDS) && TYPE_BEFORE_NAME.test(all)) || (NEEDLES.hasAny(SEMICOLON_IDS) && NEEDLES.hasAny(C_TYPE_IDS) && C_TYPED_LOCAL.test(all))) js -= 3;
  // A return type after an arrow (`) -> Result<Response>`) or a struct pointer parameter is Rust's or C's: TypeScript
  // writes `): Type`.
  if ((NEEDLES.hasAny(ARROW_IDS) || NEEDLES.hasAny(C_TYPE_IDS)) && RETURN_ARROW_OR_STRUCT_POINTER.test(all)) js -= 4;
  // Nor `val x =`, `object X`: Scala's (Kotlin's) imports and `def f(…): T =` read like Python otherwise.
  if (NEEDLES.hasAny(VAL_OR_OBJECT_IDS) && SCALA_OR_KOTLIN_TELL.test(all)) python -= 6;
  // Python has no access modifiers: annotations over `public class` are Java's, not decorators.
  if (NEEDLES.hasAny(ACCESS_IDS) && ACCESS_MODIFIED_MEMBER.test(all)) python -= 6;
  if (declaration || semicolonEnd || (NEEDLES.hasAny(THIS_OR_NEW_IDS) && THIS_OR_NEW.test(all))) js += 1;
  if (pythonWord) js -= 3;
  if (hashComment) js -= 2;
  return { python, js };
}

const SEMICOLON_END = /;\s*$/m;
const LITERAL_ASSIGNED = /^[a-z_]\w*\s*=\s*[{[]$/;
const KEYWORD_ARGUMENTS = /\($\n\s+[A-Za-z_]\w*=[^=\s][^\n]*,$/m;
const SCALA_OR_KOTLIN_TELL = /^\s*(?:val|var)\s+\w+(?:\s*:\s*[\w[\]<>]+)?\s*=|^\s*object\s+\w+/m;
/** Every RETURN_ARROW_OR_STRUCT_POINTER match holds "->" or "struct" (a C_TYPE_NEEDLES needle). */
const ARROW_IDS = NEEDLES.ids(['->']);
const VAL_OR_OBJECT_IDS = NEEDLES.ids(['val', 'object']);
const RETURN_ARROW_OR_STRUCT_POINTER = /\)\s*->\s*[\w(&<]|\(\s*(?:const\s+)?struct\s+\w+\s*\*/;
const ACCESS_MODIFIED_MEMBER = /^\s*(?:public|private|protected)\s+(?:(?:static|final|abstract)\s+)*(?:class|interface|void|[A-Za-z]\w*(?:<[^>]*>)?(?:\[\])?\s+\w+\s*[;=(])/m;
/** `const`, `let` or an arrow; not `<=>`, the spaceship and pgvector distance operator. */
const JS_DECLARATION = /\bconst\b|\blet\b|(?<!<)=>/;
const FUNCTION_WORD = /\bfunction\b/;
const THIS_OR_NEW = /\bthis\.|\bnew\s+[A-Z]/;
const PY_WORD = /\b(?:None|self|elif|def)\b/;
const PY_WORD_MORE = /\b(?:True|False|lambda)\b/;
const PRINT_CALL = /\bprint\(/;
const COLON_END = /:\s*$/m;
const HASH_LINE = /^\s*#/m;
const HASH_COMMENT = /^\s*#\s/m;
const DECLARATION_IDS = NEEDLES.ids(['const', 'let', '=>']);
const FUNCTION_IDS = NEEDLES.ids(['function']);
const THIS_OR_NEW_IDS = NEEDLES.ids(['this.', 'new']);
const PY_WORD_IDS = NEEDLES.ids(['None', 'self', 'elif', 'def']);
const PY_WORD_MORE_IDS = NEEDLES.ids(['True', 'False', 'lambda']);
/** `f"` or `f'` is the whole pattern (an f-string's start): its needles are the answer. */
const F_STRING_IDS = NEEDLES.ids(['f"', "f'"]);
const PRINT_IDS = NEEDLES.ids(['print(']);
const COLON_IDS = NEEDLES.ids([':']);
const HASH_IDS = NEEDLES.ids(['#']);

const OUTPUT_LINE = /^\d{1,3}\.\s+\S+$|^\d{1,3}\.\s+\(waiting for reply\)$|(?:^|\s)\w[\w.-]*=\S|^-{5,}$|^\(\d+ rows?\)$|^[\w ]+:\s+\S+$|^(?:Result|Video|Time Range|Similarity Score)\b|^[\d\s.,:eE+-]+[.…]*$|\|/;

/** Every line starts with the same `label: ` at the same indentation. */
function sameLabel(content: readonly string[]): boolean {
  const label = /^\s*[\w.-]+: /.exec(content[0])?.[0];
  return label !== undefined && content.every(line => line.startsWith(label));
}

/** A tool's report of labelled fields, values aligned in a column (`Model name:     AMD EPYC …`), under section labels (`NUMA:`). */
function printedFields(lines: readonly string[]): boolean {
  let aligned = 0;
  for (const line of lines) {
    if (!/^\w[\w ()/.-]*:(?:\s{2,}\S.*)?$/.test(line) || PY_LINE.test(line)) return false;
    if (/:\s{2,}\S/.test(line)) aligned++;
  }
  return aligned >= 2 && aligned * 2 >= lines.length;
}

function isOutput(trimmed: string[]): boolean {
  return shareReaches(trimmed, OUTPUT_LINE, 0, 0.5) && !trimmed.some(l => /[{;]$/.test(l) && !/^[\w\s]+:\s/.test(l));
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

/**
 * For the unit tests: patterns skipped when the sample holds none of their needles (every match must hold one), and
 * line patterns skipped for lines whose first character is outside their set (every matching line must start with one).
 */
export const PRECONDITIONS = {
  needles: [
    [PSQL_PROMPT, PSQL_PROMPT_NEEDLES], [DOLLAR_PROMPT, PROMPT_NEEDLES], [PLAN_OUTPUT, PLAN_OUTPUT_NEEDLES],
    [PY_CONSTRUCT, PY_CONSTRUCT_NEEDLES], [CDK_TS, CDK_TS_NEEDLES],
  ] as ReadonlyArray<readonly [RegExp, readonly string[]]>,
  promptNeedles: PROMPT_NEEDLES,
  starts: [
    [DOCKER_LINE, DOCKER_START], [DOCKER_BUILD_STEP, DOCKER_START], [CRON_LINE, CRON_START], [ROOT_PROMPT_COMMAND, HASH_START],
    [ROOT_PROMPT_OPTIONS, HASH_START], [SHELL_LINE, SHELL_START], [SECTION_OR_PAIR, PAIR_START], [YAML_LINE, YAML_START],
    [PY_LINE, PY_START], [JS_LINE, JS_START], [DOLLAR_PROMPT, PROMPT_START], [SQL_STATEMENT, SQL_START],
  ] as ReadonlyArray<readonly [RegExp, number]>,
  /** HCL_KEYWORD_FIRST is tried on untrimmed lines. */
  hclStart: [HCL_KEYWORD_FIRST, HCL_START] as const,
  promptStart: PROMPT_START,
  mayStart,
};

/** A first line no Python or JavaScript file has: an include, a C# or C++ `using`, a namespace, Ruby's `require` without
 * parentheses, a Go package, a Rust `use`, a Java import ending in ";". */
/** A C# file's first line: a namespace it uses, in Pascal case, dotted. */
const CSHARP_USING = /^using\s+(?:static\s+)?[A-Z]\w*(?:\.\w+)*;$/;
const FOREIGN_HEAD = /^(?:#include\s*[<"]|#\[(?:derive|cfg|allow|test|tokio::main)\b|using\s+(?:namespace\s+)?[\w.:]+;$|namespace\s+[\w.]+\s*\{?$|require\s+['"][\w/-]+['"]$|package\s+\w+$|use\s+[\w:]+(?:::\{[^}]*\})?;$|import\s+[\w.]+(?:\.\*)?;$)/;

/** What C++ has and C has not: the standard library's namespace, a header without ".h", `using namespace`, templates. */
const CPP_ONLY = /\bstd::|^#include\s*<[a-z_]+>$|^using\s+namespace\s|\btemplate\s*<|\bnullptr\b/m;

/** A Smithy shape opened with a brace (`structure Order {`), and a model's header lines (`$version: "2"`, `namespace …`). */
const SMITHY_SHAPE = /^(?:structure|service|operation|resource|union) [A-Z]\w* (?:(?:for|with) [\w[\]\s,]+ )?\{$/;
const SMITHY_SHAPES = new RegExp(SMITHY_SHAPE.source, 'm');
const SMITHY_HEADER = /^(?:\$version: "2(?:\.0)?"|namespace [a-z][\w.]*)$/;
