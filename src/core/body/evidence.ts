// How much one line looks like code (positive) or prose (negative). Blocks are built from these scores in
// codeBlocks.ts. Every rule is about the shape of code or prose in general, never about a particular article.
import { COMMAND_LINE, commandWithLongOptions, filterExpression, windowsCommand } from '../language';
import { promptOf } from '../prompts';
import { CodeUnitBuffer } from '../codeUnits';

const JS_START = /^(?:import\s+[\w{*'"](?!.*:$)|export\s+(?:default|const|function|class|async|interface|type|\{)|const\s+[\w{[]|let\s+\w|var\s+\w|function\s*\w*\(|class\s+\w+|interface\s+\w+|return\b|await\s|async\s+\w|new\s+[A-Z]\w*\(|throw\s|if\s*\(|for\s*\(|while\s*\(|switch\s*\(|case\s.*:$|default:|try\s*\{|\}\s*(?:else|catch|finally)|module\.exports|require\()/;
const PY_START = /^(?:from\s+[\w.]+\s+import\s|import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+)*\s*$|def\s+\w+\s*\(|class\s+\w+[(:]|elif\s.*:$|else:$|try:$|finally:$|except\b.*:$|with\s.+:$|for\s+\w+(?:\s*,\s*\w+)*\s+in\s.+:$|if\s.+:$|while\s.+:$|raise\s+\w|yield\b|lambda\b|global\s+\w|print\(|self\.)/;
const SQL_START = /^(?:SELECT|INSERT\s+INTO|UPDATE\s+\w|DELETE\s+FROM|CREATE|DROP|ALTER|GRANT|REVOKE|WITH\s+\w+\s+AS|SET\s+\w|COPY\s+\w|DESCRIBE|EXPLAIN|SHOW\s+\w|USE\s+\w|TRUNCATE|MERGE\s+INTO|UNLOAD|VACUUM|ANALYZE|CALL\s+\w|FROM\s+\w|WHERE\s|GROUP\s+BY|ORDER\s+BY|PARTITION\s+BY|LIMIT\s+\d|VALUES\s*\(|(?:LEFT\s+|RIGHT\s+|INNER\s+|OUTER\s+|FULL\s+)?JOIN\s|UNION\b|HAVING\s|AND\s+\w+\s*[=<>]|OR\s+\w+\s*[=<>]|ON\s+\w+\.\w+|IAM_ROLE\b|RETURNS\s|LANGUAGE\s+\w+|BEGIN\b|END\b|COMMIT\b|ROLLBACK\b)/;
const DOCKER_START = /^(?:FROM\s+[\w./:-]+(?:\s+AS\s+\w+)?$|RUN\s|WORKDIR\s|COPY\s|ADD\s|CMD\s|ENTRYPOINT\s|ENV\s|ARG\s|EXPOSE\s|VOLUME\s|USER\s|LABEL\s)/;
const SHELL_COMMAND = /^(?:sudo|git|cd|pip3?|npm|npx|yarn|pnpm|aws|az|gcloud|curl|wget|docker|podman|kubectl|helm|cdk|sam|terraform|python3?|node|deno|bun|go|cargo|rustc|make|cmake|mkdir|rm|cp|mv|ls|cat|echo|chmod|chown|export|source|brew|apt|apt-get|yum|dnf|systemctl|journalctl|ssh|scp|tar|unzip|grep|sed|awk|psql|mysql|mvn|gradle|dotnet|openssl|dig|ping|traceroute|touch|conda|poetry|uv|pulumi|eksctl|finch|zabbix_\w+|monocle|gh|bundle|gem|ruby|rake|rails|zip|composer|php|java|sbt)(?:\s+[-\w./~$"'=:@{}]|$)/;
/** Line starts of the languages beyond JS, Python, SQL and shell: Go, Rust, C/C++, Java, C#, Kotlin, Ruby, HCL, YAML… */
const OTHER_START = /^(?:package\s+[\w.]+;?$|func\s|fn\s+\w|pub\s+(?:fn|struct|enum|mod|use|const|static|trait)\b|impl\b|use\s+[\w:]+|mod\s+\w+;|let\s+mut\s|val\s+\w|fun\s+\w|(?:data|sealed|enum|abstract|open)\s+class\s+[A-Z]|using\s+[\w.]+;|namespace\s+[\w.]+|public\s+\w|private\s+\w|protected\s+\w|static\s+\w|struct\s+\w+|typedef\s|template\s*<|require\s+['"]|puts\s|end$|done$|fi$|esac$|resource\s+"|variable\s+"|output\s+"|provider\s+"|module\s+"|data\s+"|terraform\s*\{|locals\s*\{|diff\s--git|query\s+\w*\s*[({]|mutation\s+\w*\s*[({]|type\s+\w+\s*\{|apiVersion:|kind:\s+[A-Z]\w*$)/;
const HASH_START = /^#(?:include\b|define\b|ifn?def\b|endif\b|pragma\b|\[|!\/)/;
/** PowerShell's call operator running a script or program by its quoted path: `& "C:\\Tools\\agent-ctl.ps1" -a status`. */
const POWERSHELL_CALL = /^& ["'][^"']+\.(?:ps1|exe|cmd|bat)["']/i;
const POWERSHELL_VERB = /^(?:Get|Set|New|Remove|Write|Import|Install|Invoke|Start|Stop|Add|Update|Test|Connect|Disconnect|Resolve|Enable|Disable|Export|Select|Measure|Restart|Register|Unregister|Wait|Out|ConvertTo|ConvertFrom|Find|Copy|Move|Rename|Clear|Format|Enter|Mount|Dismount|Grant|Revoke|Publish|Save|Restore|Backup|Uninstall|Send|Receive|Read|Sync|Edit|Expand|Compress|Trace|Repair)-[A-Z]\w+/
const DIFF_START = /^(?:@@\s-\d|---\sa\/|\+\+\+\sb\/)/;
const YAML_KEY = /^(?:- )?[a-z_][\w.-]*:(?:\s+\S.*)?$/;
/** CloudFormation-style keys: "Resources:", "Type: AWS::S3::Bucket", "Timeout: 60" (one value token at most). */
const YAML_PASCAL_KEY = /^(?:- )?[A-Z][A-Za-z0-9]*:(?:\s+(?:"[^"]*"|'[^']*'|!\w+\s+\S+|\S+))?$/;
/** A measurement printed by a program: "Requests/sec:  48211.37", "Latency: 12ms". */
const MEASUREMENT = /^[A-Z][\w /()%.-]{0,30}:\s+[-+]?[\d.,]+\s*(?:%|[kKMGT]i?B|[kKMG]?bps|ms|µs|us|ns|s|x)?$/;
/** One field of a metrics log line: "Duration: 4.21 ms", "Memory Size: 256 MB" (three on a line make a log line). */
const MEASURED_FIELD = /\b[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*)?: [-+]?\d[\d.,]*(?: ?(?:%|[kKMGT]i?B|ms|µs|us|ns|s)\b)?/g;
const COMMENT_START = /^(?:\/\/|\/\*|\*\/|--\s|--$|#!|<!--|\*\s)/;
const XML_TAG = /^<\/?[A-Za-z][\w:.-]*(?:\s[^>]*)?\/?>/;
const SECTION = /^\[[\w.\-" ]+\]$/;
const DECORATOR = /^@[\w.]+(?:\(.*\))?$/;
/** A key glued to its value by "=" (`Description=Renew …`, `OnBootSec=5min`): INI, systemd units, .env files. */
const SETTING = /^[A-Za-z_][\w.]*=[^\s=]/;
/** A variable given a string, however much it reads as prose: `note = "Left main gear seeping fluid at the gland nut"`. */
const STRING_ASSIGNED = /^[a-z_][\w.]* = f?["']/;
const ASSIGNMENT = /^[A-Za-z_$][\w$.]*(?:\[[^\]]*\])*\s*(?:[+\-*/|&]?=)\s*(?!=)(\S.*)$/;
const MAKE_ASSIGNMENT = /^[a-z][\w-]*(?:\$\([A-Z_\d]+\))?[\w-]* (?:\+=|:=|\?=) \S/;
const CALL = /^(?:await\s+)?[\w$.]+\(.*\)\s*[;,]?$/;
const JSON_KEY = /^(?:"[^"]*"|'[^']*')\s*:/;
const OBJECT_KEY = /^[A-Za-z_$][\w$]*\s*:\s*\S.*,$/;
const SEPARATOR = /^(?:[-=+_*#~]{5,}|[-+|=\s]{8,})$/;
const ROWS = /^\(\d+ rows?\)$/;
const TRACEROUTE = /^\d{1,3}\.\s+(?:[\w-]+(?:\.[\w-]+)+|\(waiting for reply\)|\*(?:\s+\*)*)$/;
/** A hop of Linux traceroute, its number right-aligned: " 3  ae-4.example.net (203.0.113.9)  1.611 ms", " 4  * * *". */
const TRACEROUTE_HOP = /^\d{1,2}\s+(?:(?:[\w.-]+\s+\()?(?:\d{1,3}\.){3}\d{1,3}\)?(?:\s+[\d.]+\s*ms)+|\*(?:\s+\*){0,2})$/;
/** A ranked row of program output: "3. 9.4% com.example.Cache.get", "1. 120 ms  db.query". */
const RANKED_ROW = /^\d{1,3}\.\s+[\d.,]+\s*(?:%|ms|s|µs|[kKMG]i?B)?\s+[\w$<>]+(?:\.[\w$<>]+)+$/;
/** A kernel or service log line with a bracketed timestamp: "[  412.118204] INFO: …". */
const LOG_TIMESTAMP = /^\[\s*\d+\.\d+\]\s/;
/** A log line a build or agent tags with its source before the time: `[Container] 2025/04/02 09:14:48.902311 Running …`. */
const TAGGED_LOG_STAMP = /^\[[\w -]+\] \d{4}[/-]\d\d[/-]\d\d[T ]\d\d:\d\d:\d\d/;
/** The kernel log with readable times (`dmesg -T`): `[Wed Aug 14 14:12:07 2024] …`. */
const READABLE_LOG_STAMP = /^\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}\] /;
/** A log line that starts with its level in brackets: "[INFO] BUILD SUCCESS", "[wrangler:inf] GET / 200 OK". */
const LOG_LEVEL_TAG = /^\[(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|[\w-]+:(?:dbg|debug|inf|info|wrn|warn|err|error))\]\s+\S/;
/** A log line that starts with its time and then a level ("2025-05-14 09:12:44,118 WARN [main] …"), a syslog host
 * and unit ("May 14 09:12:44 web-1 systemd[1]: …") or klog's source ("I0514 09:12:44.118 12 main.go:40] …"); its
 * message may read like prose. A timeline in prose ("2025-05-14 09:12:44 UTC Engineers were paged") has none. */
/** A moment in ISO 8601 with its "T" opening a line, as loggers stamp each line (`2025-05-18T01:12:04.551Z Loaded …`). */
const ISO_STAMP_FIRST = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/;
/** A date and time, maybe a source, then " - " before the message: Python's logging and SageMaker's job log. */
const STAMP_DASH = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:[.,]\d+)? (?:[\w.:-]+ )?- \S/;
/** A level letter, the milliseconds since boot and a tag, as ESP-IDF and Android log: `I (1482) wifi: connected`. */
/** A whole JSON object on one line (`{"policy_number": "PN-1", "summary": "…"}`), however much prose its strings hold. */
function isJsonObject(text: string): boolean {
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
}

/** Most fields hold a digit (`eni-0b7d…`, `10.20.1.37`, `49152`). */
function fieldsRecord(text: string): boolean {
  const fields = text.split(' ');
  let digits = 0;
  for (const field of fields) if (/\d/.test(field)) digits++;
  return digits * 3 >= fields.length * 2;
}

/** What tcpdump prints: its banner, a packet per line (`08:15:27.402118 IP a.51844 > b.443: Flags [S], …`), its counts. */
const TCPDUMP_LINE = /^(?:\d\d:\d\d:\d\d\.\d+ (?:IP6?|ARP) \S|tcpdump: |listening on \S+, link-type |\d+ packets? (?:captured|received by filter|dropped by kernel)$)/;

/** What `wrangler tail` prints: an event's line (`GET https://… - Ok @ 3/11/2025, 8:42:19 AM`) and its console lines. */
const TAIL_LINE = /^(?:\((?:log|warn|error|info|debug)\) \S|.+ - (?:Ok|Exception Thrown|Canceled|Exceeded CPU Limit) @ \d{1,2}\/\d{1,2}\/\d{4}, \d)/;

/** A diagnostic at a place in a file, as compilers and linters print it: `schemas/trip.proto:13:3:Field "6" …`. */
const FILE_POSITION = /^[\w./-]+\.\w+:\d+:\d+:\s?\S/;

/** An IPv6 address opening a line (`2001:db8:1234:1a00::17f0`, `fd00::/8`), as `dig +short` or `ip -6 addr` print it. */
const IPV6_START = /^[0-9a-f]{1,4}:(?:[0-9a-f]{0,4}:){1,6}[0-9a-f]{0,4}(?:\/\d{1,3})?(?:\s|$)/;

/** A Kconfig entry's first line: `config MEMCG_MISS_ACCOUNTING`. */
const KCONFIG_ENTRY = /^(?:menu)?config [A-Z][A-Z0-9_]+$/;

/** A DNS record as a zone file or `dig` writes it: `*.shop.example.com.  300  IN  A  192.0.2.10`. */
const DNS_RECORD = /^[\w*@][\w*.-]*\.?\s+(?:\d+\s+)?IN\s+(?:A|AAAA|CNAME|MX|TXT|NS|SOA|SRV|CAA|PTR|HTTPS|SVCB|DS|DNSKEY)\s+\S/;
const LEVEL_TICKS_TAG = /^[VDIWE] \(\d+\) [\w.-]+: /;
const LOG_LINE_TIME = /^(?:(?:\d{4}-\d\d-\d\d[T ]|\d\d\/\d\d\/\d\d )\d\d:\d\d:\d\d[\d.,:+Z-]*\s+(?:\[[^\]]+\]\s+)?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL|SEVERE)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d [\w.-]+ [\w./@-]+(?:\[\d+\])?: |[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [\w.-]+:\d+\] )/;
const TEST_RESULT = /^[✓✔✗✘] .*(?:\d+ ?m?s$|\(\d+ tests?\)|\.(?:spec|test)\.\w+\b)/;
export const TEST_SUMMARY = /^(?:Test Files|Tests|Test Suites|Snapshots|Start at|Duration) {2,}\S/;
/** Gradle's line for a task it ran: `> Task :api:compileKotlin FROM-CACHE` (no mail quote). */
export const GRADLE_TASK = /^> (?:Task|Configure project) :/;
const BUILD_VERDICT = /^BUILD (?:SUCCESSFUL|FAILED|SUCCESS|FAILURE)\b/;
const DEPENDENCY_BRANCH = /^(?:\|\s+)*[+\\]- [\w.-]+:[\w.-]+/;
/** A crontab entry: five schedule fields, then the command. */
const CRON_ENTRY = /^(?:[\d*\/,-]+\s+){4}[\d*\/,-]+\s+[\/~$\w]/;
/** A C# assembly or type attribute on its own line: "[assembly: LambdaSerializer(typeof(X))]". */
const ATTRIBUTE = /^\[(?:assembly:\s*)?[A-Z][\w.]*(?:\(.*\))?\]$/;
const IP_START = /^\d{1,3}(?:\.\d{1,3}){3}\b/;
const ONLY_PUNCTUATION = /^[\[\]{}()<>'"`]*[\[\]{}()<>][\[\]{}()<>;,.:'"`]*$/;
/** Text-art outlines (exported configuration trees: "▲ Discovery rule", "♦ Tags"). */
export const ART_START = /^[▲▼►▶♯♦●◘■□◆◇★]/;
/** A tool's status line: a mark, then two spaces, as CLIs align them ("✅  OrdersStack", "✨  Synthesis time: 6s"). */
const STATUS_MARK = /^(?:✅|✨|❌|⚠️?|✔|✖|🚀)\s{2,}\S/u;
/** A stage of a piped query language ("| stats count(*) by bin(5m)", "| where status >= 500"). */
const PIPELINE_STAGE = /^\| [a-z][\w-]*\s+\S/;
/** A PowerShell pipeline from a variable into a cmdlet: `$results | Sort-Object Region`. */
const CMDLET_PIPE = /^\$\w+ \| [A-Z][a-z]+-[A-Z]\w*/;

/** True when the line starts with a command-line tool and its arguments ("kubectl apply -f x.yaml"). */
export function startsCommand(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 97 && first <= 122 && SHELL_COMMAND.test(text) && !JS_START.test(text) && !PY_START.test(text);
}

export interface LineEvidence {
  score: number;
  /** True when the line reads like a sentence (several natural words). */
  sentence: boolean;
}

const PROSE_EVIDENCE: LineEvidence = { score: -8, sentence: true };

/** Short lines repeat a lot in code (`}`, `});`, `]`, `else:`): their evidence is remembered. */
const SHORT_LINE = 16;
const SHORT_CACHE_LIMIT = 4096;
const shortCache = new Map<string, LineEvidence>();

/**
 * What the last lineEvidence call learnt besides the evidence: the words of its text as Article.wordCount counts
 * them (countWords: runs of plain spaces), or -1 when it did not count them. The parser adds up a body's words
 * from these, so that the characters of a line are not searched once for its evidence and once more for its
 * words (word counts were a tenth of a parse). Read right after the call: the next call overwrites it.
 */
export const lastLook = { words: -1 };

/**
 * Text of many words, most of them plain and several of them function words ("the", "of", "that"), reads as prose:
 * a paragraph hard-wrapped around inline code names, once its lines are joined.
 */
export function readsAsProse(text: string): boolean {
  const { words, natural, functionWords } = scan(text);
  return natural >= 12 && natural >= 0.75 * words && functionWords >= 4;
}

export function lineEvidence(text: string): LineEvidence {
  if (text.length <= SHORT_LINE) {
    lastLook.words = -1;
    let cached = shortCache.get(text);
    if (!cached) {
      cached = scoreLine(text);
      if (shortCache.size >= SHORT_CACHE_LIMIT) shortCache.clear();
      shortCache.set(text, cached);
    }
    return cached;
  }
  const words = plainSentenceWords(text);
  if (words >= 0) {
    lastLook.words = words;
    return PROSE_EVIDENCE;
  }
  const evidence = scoreLine(text);
  // The scan split the text at plain spaces only (and the text has none at either end): its words are countWords'.
  lastLook.words = STATS.otherSpace ? -1 : STATS.words;
  return evidence;
}

/**
 * The shortcut for most prose lines: at least 60 characters, a capital first, a lower-case letter or closing
 * quote then . ! or ? last, ten words or more, none of the characters code needs, no "word:Code" glue.
 * A unit test checks it agrees with scoreLine on the seed corpus.
 */
export function isPlainSentence(t: string): boolean {
  return plainSentenceWords(t) >= 0;
}

/** isPlainSentence, answered with the line's word count as countWords counts it (-1: not a plain sentence). */
function plainSentenceWords(t: string): number {
  const n = t.length;
  if (n < 60) return -1;
  const first = t.charCodeAt(0);
  if (!((first >= 65 && first <= 90) || (first >= 0x410 && first <= 0x42f))) return -1;
  const last = t.charCodeAt(n - 1);
  if (last !== 46 && last !== 33 && last !== 63) return -1;
  const before = t.charCodeAt(n - 2);
  if (!((before >= 97 && before <= 122) || (before >= 0x430 && before <= 0x44f) || before === 41 || before === 0x201d || before === 0x2019 || before === 34)) return -1;
  // Native scans, not a character loop: the first and last characters, checked above, are neither spaces nor
  // any of these characters, so looking at the whole line is the same as looking between them.
  if (NOT_IN_PLAIN_SENTENCE.test(t)) return -1;
  for (let at = t.indexOf(':'); at >= 0; at = t.indexOf(':', at + 1)) {
    const next = t.charCodeAt(at + 1);
    if (next >= 65 && next <= 90) return -1;
  }
  // Every space counts towards the ten words the shortcut needs; a run of spaces ends one word (countWords).
  let spaces = 0;
  let runs = 0;
  let previous = -2;
  for (let at = t.indexOf(' ', 1); at >= 0; at = t.indexOf(' ', at + 1)) {
    spaces++;
    if (at !== previous + 1) runs++;
    previous = at;
  }
  return spaces >= 9 ? runs + 1 : -1;
}

/** The status line of an HTTP response: `HTTP/1.1 200 OK`, `HTTP/2 429`. */
const HTTP_STATUS_LINE = /^HTTP\/\d(?:\.\d)? \d{3}\b/;

/** A metric selected by its labels (PromQL, LogQL): `http_requests_total{job="api",code=~"5.."}`. */
const LABEL_SELECTOR = /[\w:]\{\w+(?:=~|!~|!=|=)"/;

/** Characters that code needs and plain sentences do not: { } [ ] ; = < > $ _ | \\ ` # @ * and tab. A character class
 * alone: irregexp scans for it much faster than for an alternation (the "word:Code" glue is looked for apart). */
const NOT_IN_PLAIN_SENTENCE = /[{}[\];=<>$_|\\`#@*\t]/;

/** /[.!?]["”’)]?$/ */
function endsLikeSentence(t: string): boolean {
  const n = t.length;
  let c = t.charCodeAt(n - 1);
  if (c === 34 || c === 0x201d || c === 0x2019 || c === 41) {
    if (n < 2) return false;
    c = t.charCodeAt(n - 2);
  }
  return c === 46 || c === 33 || c === 63;
}

/** /^[“"'‘(]?[A-Z\u0400-\u042F0-9]/ */
function startsLikeSentence(t: string): boolean {
  const first = t.charCodeAt(0);
  if (isCapitalOrDigit(first)) return true;
  return (first === 0x201c || first === 34 || first === 39 || first === 0x2018 || first === 40) && t.length > 1 && isCapitalOrDigit(t.charCodeAt(1));
}

function isCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isCapitalOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f) || (c >= 48 && c <= 57);
}

export function scoreLine(text: string): LineEvidence {
  const t = text;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(t.length - 1);
  const lowerStart = first >= 97 && first <= 122;
  const upperStart = first >= 65 && first <= 90;
  const stats = scan(t);
  const { words, natural, columns } = stats;
  const ratio = words > 0 ? natural / words : 0;
  const endsSentence = endsLikeSentence(t);
  const proseShape = startsLikeSentence(t) || endsSentence;
  // Each start pattern begins with a particular kind of character: test only the ones that can match.
  const js = (lowerStart || first === 125) && JS_START.test(t);
  const py = lowerStart && PY_START.test(t);
  // Every SQL and Dockerfile keyword these patterns start with is in capitals: "SELECT", "OR", "FROM", "RUN".
  const capitals = upperStart && t.length > 1 && isCapital(t.charCodeAt(1)); // (a read past the end deoptimised)
  const sql = capitals && SQL_START.test(t);
  const docker = capitals && DOCKER_START.test(t);
  const shell = (lowerStart || first === 45) && SHELL_COMMAND.test(t);
  const otherStart = (lowerStart && OTHER_START.test(t)) || (first === 35 && HASH_START.test(t))
    || (upperStart && t.indexOf('-', 3) > 0 && POWERSHELL_VERB.test(t)) || ((first === 64 || first === 45 || first === 43) && DIFF_START.test(t))
    || (first === 60 && t.startsWith('<?php')) || (first === 38 && POWERSHELL_CALL.test(t));
  const anyTool = lowerStart && !shell && (commandWithLongOptions(t) || windowsCommand(t));
  // "Description=Renew the certificate every six hours": a setting whose value is words; prose never glues a word to
  // "=", nor sets a lower-case name to a quoted string.
  const setting = stats.equals > 0 && (upperStart || lowerStart) && (SETTING.test(t) || (lowerStart && STRING_ASSIGNED.test(t)));
  // `I (1482) wifi: connected to plant-7, channel 6`: a log line, however many words its message has.
  const tickLog = upperStart && stats.colonAt > 0 && t.charCodeAt(1) === 32 && LEVEL_TICKS_TAG.test(t);
  const timeLog = (upperStart || (first >= 48 && first <= 57)) && stats.colonAt > 0 && LOG_LINE_TIME.test(t);
  // A line that starts with a full ISO time is a log's, whatever its message says (`2025-03-12T10:47:30Z (service x) has
  // reached a steady state.`): prose writes dates in words.
  const isoStamped = !timeLog && first >= 48 && first <= 57 && stats.colonAt > 0 && (ISO_STAMP_FIRST.test(t) || STAMP_DASH.test(t));
  const kconfig = first === 99 || first === 109 ? KCONFIG_ENTRY.test(t) : false;
  const dnsRecord = columns && stats.colonAt < 0 && DNS_RECORD.test(t);
  // A record of space-separated fields, numbers and ids with no word of prose (a flow log line): what a program wrote.
  const record = first >= 48 && first <= 57 && words >= 8 && natural === 0 && !columns && fieldsRecord(t);
  const tcpdump = (first === 116 || first === 108 || (first >= 48 && first <= 57)) && TCPDUMP_LINE.test(t);
  const tail = (first === 40 || (stats.codeChars > 0 && t.includes(' @ '))) && TAIL_LINE.test(t);
  const diagnostic = stats.colons >= 3 && (lowerStart || upperStart || first === 46 || first === 47) && FILE_POSITION.test(t);
  const ipv6 = stats.colons >= 2 && ((first >= 48 && first <= 57) || (first >= 97 && first <= 102)) && IPV6_START.test(t);
  const jsonLine = first === 123 && last === 125 && stats.colonAt > 0 && t.charCodeAt(1) === 34 && isJsonObject(t);
  const filter = stats.colonAt < 0 && (lowerStart || first === 40) && filterExpression(t);
  const structural = js || py || sql || docker || shell || otherStart || anyTool || setting || tickLog || timeLog || isoStamped || dnsRecord || filter || kconfig || jsonLine || record || tcpdump || tail || diagnostic || ipv6;
  const sentence = natural >= 6 && ratio >= 0.75 && proseShape && !columns && !structural;

  let score = 0;
  if ((stats.promptMark && promptOf(t) !== undefined) || (first === 36 && /^\$ \S/.test(t)) || (first === 33 && /^!(?:pip|apt|conda|wget|curl|git|npm)\b/.test(t)) || (first === 37 && /^%(?:pip|conda) install\s/.test(t))) score += 5;
  const comment = ((first === 47 || first === 42 || first === 45 || first === 35 || first === 60) && COMMENT_START.test(t)) || (first === 35 && /^#\s*(?:[\w'"]|[/~]\w)/.test(t) && !/^#\d/.test(t));
  if (comment) score += 3;
  // Closing brackets alone ("});", "]") are code; a bare ">" is the empty line of quoted mail.
  if (stats.brackets > 0 && ONLY_PUNCTUATION.test(t) && first !== 62) score += 4;
  if (js) score += 3;
  if (py) score += 3;
  if (sql) score += 3;
  if (docker) score += 3;
  if (shell) score += 3;
  if (otherStart || anyTool) score += 3;
  else if ((lowerStart || first === 45) && stats.colonAt > 0 && words <= 6 && YAML_KEY.test(t)) score += 1.5;
  else if ((upperStart || first === 45) && stats.colonAt > 0 && YAML_PASCAL_KEY.test(t)) score += 1.5;
  if (first === 60 && XML_TAG.test(t)) score += 3;
  if (first === 91 && (SECTION.test(t) || LOG_TIMESTAMP.test(t) || ATTRIBUTE.test(t) || LOG_LEVEL_TAG.test(t) || TAGGED_LOG_STAMP.test(t) || READABLE_LOG_STAMP.test(t))) score += 3;
  if (dnsRecord || kconfig) score += 3;
  if (jsonLine) score += 5;
  if (record || tcpdump || tail || ipv6) score += 3;
  if (diagnostic) score += 5; // whatever the message says after the place (no prose penalty below)
  if (filter) score += 4;
  if (timeLog) score += 4;
  else if (isoStamped) score += 3; // a log line with no level
  else if (tickLog) score += 4;
  if (first === 72 && HTTP_STATUS_LINE.test(t)) score += 4; // "HTTP/2 429": a response as a tool prints it
  // What test runners print: a check mark over a test file or a timing (`✓ test/relay.spec.ts (4 tests) 312ms`), and the
  // summary's aligned labels (`Test Files  2 passed (2)`, `Duration  2.87s`). A check mark before words is a bullet.
  if (first >= 0x2713 && first <= 0x2718 && TEST_RESULT.test(t)) score += 3;
  else if ((first === 84 || first === 83 || first === 68) && TEST_SUMMARY.test(t)) score += 3;
  // What build tools print: Gradle's task lines and verdict, Maven's dependency tree (`+- group:artifact:jar:1.2`).
  if ((first === 62 && GRADLE_TASK.test(t)) || (first === 66 && BUILD_VERDICT.test(t)) || ((first === 43 || first === 124 || first === 92) && DEPENDENCY_BRANCH.test(t))) score += 3;
  if (first === 64 && DECORATOR.test(t)) score += 3;
  if ((first === 34 || first === 39) && stats.colonAt > 0 && JSON_KEY.test(t)) score += 3;
  else if ((lowerStart || upperStart || first === 95 || first === 36) && stats.colonAt > 0 && last === 44 && OBJECT_KEY.test(t)) score += 2;
  // A make variable set or appended to (`obj-$(CONFIG_FOO) += foo.o`, `foo-y := a.o b.o`).
  if (stats.equals > 0 && lowerStart && MAKE_ASSIGNMENT.test(t)) score += 3;
  if (stats.equals > 0 && (lowerStart || upperStart || first === 95 || first === 36)) {
    const assignment = ASSIGNMENT.exec(t);
    if (assignment) score += /^(?:[\d"'`[{(]|true\b|false\b|null\b|None\b|new\b|await\b|[\w$.]+\()/.test(assignment[1]) || /[()[\]{}'"]/.test(assignment[1]) ? 3 : 1.5;
  }
  if (stats.parens > 0) {
    if (CALL.test(t)) score += 2.5;
    if (/\.\w+\(/.test(t)) score += 1;
  }
  if (stats.keyValue) score += 2;
  if (setting) score += 1.5;
  if (stats.brackets > 0 && /[{[]\s*['"][^'"]*['"]\s*:/.test(t)) score += 2.5;
  if (stats.brackets > 0 && stats.equals > 0 && LABEL_SELECTOR.test(t)) score += 2;
  if (first < 48 || first > 122) {
    if (first < 48 ? SEPARATOR.test(t) : (first === 124 || first === 126 || first >= 0xa0) && SEPARATOR.test(t)) score += 3;
    if (first === 40 && ROWS.test(t)) score += 3;
    if (first >= 0x2500 && ART_START.test(t)) score += 3;
    if (first >= 0x2600 && STATUS_MARK.test(t)) score += 3;
    if (first === 42 && CRON_ENTRY.test(t)) score += 4;
    if (first === 124 && PIPELINE_STAGE.test(t)) score += 2;
    if (first === 36 && CMDLET_PIPE.test(t)) score += 2;
  } else if (first <= 57) {
    if (TRACEROUTE.test(t) || RANKED_ROW.test(t) || CRON_ENTRY.test(t) || TRACEROUTE_HOP.test(t)) score += 4;
    if (IP_START.test(t)) score += 2;
  } else if ((first === 61 || first === 95) && SEPARATOR.test(t)) {
    score += 3; // "=====", "_____": the other characters a separator may start with are below "0" or above "z"
  }
  if (columns) score += stats.tab ? 3 : 2;
  if (upperStart && stats.colonAt > 0 && stats.colonAt <= 31 && MEASUREMENT.test(t)) score += 1.5;
  if (upperStart && stats.colons >= 3 && (t.match(MEASURED_FIELD)?.length ?? 0) >= 3) score += 3;
  if (stats.pipes >= 2) score += 2;
  if (last === 92 /* \\ */) score += 3;
  if (last === 123 || last === 91 || last === 40 || last === 59) score += 3; // { [ ( ;
  else if (first === 125 || first === 93 || first === 41) score += 3; // } ] )
  else if (last === 44 && !sentence) score += 1; // ,
  else if (last === 41 && !sentence) score += 1; // )
  if (stats.operators) score += 1.5;

  const density = stats.codeChars / Math.max(1, t.length);
  if (density > 0.15) score += 2;
  else if (density > 0.07) score += 1;
  score += Math.min(2, stats.identifiers * 0.5);

  // Prose: many natural words, function words, sentence punctuation.
  if (words >= 4 && !columns && !diagnostic) {
    if (sentence) score -= natural >= 12 ? 5 : 3;
    score -= Math.min(3, stats.functionWords * 0.75) * (proseShape ? 1 : 0.5);
    if (endsSentence && ratio >= 0.6) score -= 2;
    if (((first >= 65 && first <= 90) || (first >= 0x400 && first <= 0x42f)) && ratio >= 0.7) score -= 1;
  }
  // A comment says what the code does in prose, yet it is code.
  if (comment) score = Math.max(score, 3);
  return evidenceOf(score, sentence && !comment);
}

/** One shared object per (score, sentence) pair, not one per line: scores are sums of eighths, about a hundred
 * pairs occur, and the evidence of a body's lines is kept while the body is read (no one changes it). */
const EVIDENCE = new Map<number, LineEvidence>();

function evidenceOf(score: number, sentence: boolean): LineEvidence {
  const key = score * 16 + (sentence ? 1 : 0);
  const known = EVIDENCE.get(key);
  if (known !== undefined && known.score === score && known.sentence === sentence) return known;
  const evidence: LineEvidence = { score, sentence };
  if (EVIDENCE.size < 4096) EVIDENCE.set(key, evidence);
  return evidence;
}

const FUNCTION_WORDS = ['the', 'a', 'an', 'to', 'and', 'of', 'is', 'are', 'you', 'we', 'that', 'this', 'with', 'for', 'in', 'on', 'it', 'be', 'can', 'will', 'your', 'our', 'by', 'as', 'from', 'which', 'how', 'when'];
/**
 * Function words packed as numbers (5 bits per ASCII letter), so a word is looked up without slicing it, in a
 * small open-addressing table: a probe or two of a typed array, where Set#has was a call into V8's hash lookup
 * for every short word of every scored line.
 */
const FUNCTION_WORD_SLOTS = 128;
const FUNCTION_WORD_TABLE = (() => {
  const table = new Int32Array(FUNCTION_WORD_SLOTS);
  for (const word of FUNCTION_WORDS) {
    const code = packWord(Uint16Array.from(word, letter => letter.charCodeAt(0)), 0, word.length);
    let slot = slotOf(code);
    while (table[slot] !== 0) slot = (slot + 1) & (FUNCTION_WORD_SLOTS - 1);
    table[slot] = code;
  }
  return table;
})();

/** Where a packed word's probe starts (the top 7 bits of a multiplicative hash). */
function slotOf(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 25;
}

/** a–z / A–Z letters (at most 5) packed case-insensitively; -1 when another character occurs. */
function packWord(codes: Uint16Array, start: number, end: number): number {
  let code = 0;
  for (let k = start; k < end; k++) {
    const c = codes[k] | 32;
    if (c < 97 || c > 122) return -1;
    code = code * 32 + (c - 96);
  }
  return code;
}

function isFunctionWord(codes: Uint16Array, start: number, end: number): boolean {
  const code = packWord(codes, start, end);
  if (code <= 0) return false;
  for (let slot = slotOf(code); ; slot = (slot + 1) & (FUNCTION_WORD_SLOTS - 1)) {
    const known = FUNCTION_WORD_TABLE[slot];
    if (known === code) return true;
    if (known === 0) return false;
  }
}

interface LineStats {
  words: number;
  /** Words made of letters with at most a capital first letter, allowing quotes and trailing punctuation. */
  natural: number;
  functionWords: number;
  /** Characters code uses and prose rarely does: { } [ ] < > ; = $ _ | \ ` # @ */
  codeChars: number;
  /** snake_case, camelCase and `obj.method(` words. */
  identifiers: number;
  keyValue: boolean;
  /** Text aligned in columns: a tab or three spaces between words. */
  columns: boolean;
  tab: boolean;
  pipes: number;
  brackets: number;
  parens: number;
  equals: number;
  operators: boolean;
  /** Index of the first ":" (-1 when none). */
  colonAt: number;
  colons: number;
  /** A character every shell or REPL prompt has: $ % # > (or "[" for IPython's "In [1]:"). */
  promptMark: boolean;
  /** A tab, no-break space or line break between words: then words are not countWords' words. */
  otherSpace: boolean;
}

/** Reused by every scan (scoring is synchronous): one object instead of one per line keeps the GC quiet. */
const STATS: LineStats = { words: 0, natural: 0, functionWords: 0, codeChars: 0, identifiers: 0, keyValue: false, columns: false, tab: false, pipes: 0, brackets: 0, parens: 0, equals: 0, operators: false, colonAt: -1, colons: 0, promptMark: false, otherSpace: false };

// Character classes, looked up in a table (Latin, Latin-1/Extended, Cyrillic).
const LETTER = 1;
const LOWER = 2;
const WORD = 4; // [A-Za-z0-9_]
const LOWER_ALNUM = 8; // [a-z0-9]
/** ) " ” ’ ' , . ; : ! ? — closing marks and punctuation that may end a natural word. */
const TRAILING = 16;
/** ’ ' - : may stand inside a natural word ("don’t", "well-known"). */
const INNER = 32;
const CLASSES = (() => {
  const table = new Uint8Array(0x500);
  for (let c = 0; c < 0x500; c++) {
    let flags = 0;
    const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x400 && c <= 0x42f);
    const lower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c !== 0xf7) || (c >= 0x430 && c <= 0x4ff);
    if (upper || lower) flags |= LETTER;
    if (lower) flags |= LOWER | INNER;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) flags |= WORD;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) flags |= LOWER_ALNUM;
    if (isTrailing(c)) flags |= TRAILING;
    if (c === 39 || c === 45) flags |= INNER;
    table[c] = flags;
  }
  return table;
})();

const LOWER_LETTER = CLASSES[97];

function classOf(c: number): number {
  if (c < 0x500) return CLASSES[c];
  return c === 0x201d ? TRAILING : c === 0x2019 ? TRAILING | INNER : 0;
}

/** The characters of the line being scanned (see CodeUnitBuffer for why a copy). */
const lineUnits = new CodeUnitBuffer();

/**
 * One pass over the line gathers every count the score needs, words included: each word's flags are kept as the
 * characters go by (a dozen regex scans, then a second pass per word, were the parser's hot spot).
 * A natural word: an optional opening quote or paren, a letter, then lower-case letters or ’ ' - up to its
 * trailing marks, which trailingValid checks.
 * The counts live in local variables until the end (kept in registers, not stored to the object per character),
 * and the two-character operators are noticed as their second character goes by, instead of four `includes`
 * searches per line afterwards (a tenth of this function's time in a profile).
 */
function scan(t: string): LineStats {
  const codes = lineUnits.copy(t);
  let words = 0;
  let natural = 0;
  let functionWords = 0;
  let codeChars = 0;
  let identifiers = 0;
  let anyKeyValue = false;
  let columns = false;
  let tab = false;
  let pipes = 0;
  let brackets = 0;
  let parens = 0;
  let equals = 0;
  let colonAt = -1;
  let colons = 0;
  let promptMark = false;
  let operatorPair = false; // -> :: && ++ (the operators that need neither "=" nor "|")
  let otherSpace = false;
  const n = t.length;
  let wordStart = -1;
  let gap = 0;
  let gapHasTab = false;
  // The current word's state.
  let letterAt = 0; // where its natural letters start (after an opening quote or paren)
  let lowerTail = false;
  let pendingBad = false; // a trailing mark that cannot stand inside a word, with no other character after it yet
  let coreEnd = 0; // after the last character that is no trailing mark
  let snake = false;
  let camel = false;
  let keyValue = false;
  let keyChars = false;
  let dotIdentifier = 0; // 0: none, 1: after "x.", 2: in "x.y"
  let previous = 0; // the previous character when it is in the same word, else 0
  let previousClass = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? codes[i] : 32;
    if (c >= 97 && c <= 122 && wordStart >= 0 && i > letterAt) {
      // A run of lower-case ASCII letters after a word's first letter, the commonest case, changes only this
      // (what the general path below would do for each of them; coreEnd counts only while lowerTail holds).
      let last = c;
      while (i + 1 < n) {
        const next = codes[i + 1];
        if (next < 97 || next > 122) break;
        last = next;
        i++;
      }
      if (lowerTail) {
        if (pendingBad) lowerTail = false;
        coreEnd = i + 1;
      }
      if (dotIdentifier === 1) dotIdentifier = 2;
      previous = last;
      previousClass = LOWER_LETTER;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13) {
      if (wordStart >= 0) {
        words++;
        // Function words count only when they stand alone between spaces (the first character is read only for
        // words short enough to be one).
        if (i - wordStart <= 5 && wordStart > 0 && i < n && (classOf(codes[wordStart]) & classOf(previous) & LETTER) !== 0
          && isFunctionWord(codes, wordStart, i)) functionWords++;
        if (lowerTail && trailingValid(codes, coreEnd, i)) natural++;
        if (snake || camel) identifiers++;
        if (keyValue) anyKeyValue = true;
        wordStart = -1;
      }
      gap++;
      if (c !== 32) {
        otherSpace = true;
        if (c === 9) { gapHasTab = true; tab = true; }
      }
      continue;
    }
    if (gap > 0 && i - gap > 0 && (gapHasTab || gap >= 3)) columns = true;
    gap = 0;
    gapHasTab = false;
    const cls = classOf(c);
    if (wordStart < 0) {
      wordStart = i;
      letterAt = c === 40 || c === 34 || c === 0x201c || c === 0x2018 || c === 39 ? i + 1 : i;
      lowerTail = false;
      pendingBad = false;
      snake = false;
      camel = false;
      keyValue = false;
      keyChars = (cls & WORD) !== 0 && !(c >= 48 && c <= 57);
      dotIdentifier = 0;
      previous = 0;
      previousClass = 0;
    }
    if (i === letterAt) {
      lowerTail = (cls & LETTER) !== 0;
      coreEnd = i + 1;
    } else if (i > letterAt && lowerTail) {
      if (cls & TRAILING) {
        if ((cls & INNER) === 0) pendingBad = true;
      } else {
        if (pendingBad || (cls & INNER) === 0) lowerTail = false;
        coreEnd = i + 1;
      }
    }
    if (cls & WORD) {
      if (c === 95) {
        if (i > wordStart && i + 1 < n && (previousClass & LOWER_ALNUM) !== 0 && (classOf(t.charCodeAt(i + 1)) & LOWER_ALNUM) !== 0) snake = true;
      } else if (c <= 90 && c >= 65 && previous >= 97 && previous <= 122) {
        camel = true;
      }
      if (dotIdentifier === 1) dotIdentifier = c >= 97 && c <= 122 ? 2 : 0;
    } else if (c === 61) {
      if (keyChars && i > wordStart && i + 1 < n && !isWordBreak(t.charCodeAt(i + 1)) && t.charCodeAt(i + 1) !== 61) keyValue = true;
      keyChars = false;
    } else if (c === 46) {
      dotIdentifier = (previousClass & WORD) !== 0 ? 1 : 0;
    } else if (c === 40) {
      if (dotIdentifier === 2) camel = true;
      dotIdentifier = 0;
    } else {
      dotIdentifier = 0;
      if (c !== 45) keyChars = false;
    }
    const before = previous;
    previous = c;
    previousClass = cls;
    switch (c) {
      case 123: case 125: case 93: codeChars++; brackets++; break; // { } ]
      case 91: codeChars++; brackets++; promptMark = true; break; // [
      case 40: case 41: parens++; brackets++; break; // ( )
      case 60: codeChars++; brackets++; break; // <
      case 62: codeChars++; brackets++; promptMark = true; if (before === 45) operatorPair = true; break; // > (->)
      case 61: codeChars++; equals++; break; // =
      case 124: codeChars++; pipes++; break; // |
      case 36: case 35: codeChars++; promptMark = true; break; // $ #
      case 59: case 95: case 92: case 96: case 64: codeChars++; break; // ; _ \ ` @
      case 37: promptMark = true; break; // %
      case 58: if (colonAt < 0) colonAt = i; colons++; if (before === 58) operatorPair = true; break; // : (::)
      case 38: case 43: if (before === c) operatorPair = true; break; // && ++
      default: break;
    }
  }
  const stats = STATS;
  stats.words = words; stats.natural = natural; stats.functionWords = functionWords; stats.codeChars = codeChars;
  stats.identifiers = identifiers; stats.keyValue = anyKeyValue; stats.columns = columns; stats.tab = tab;
  stats.pipes = pipes; stats.brackets = brackets; stats.parens = parens; stats.equals = equals;
  stats.colonAt = colonAt; stats.colons = colons; stats.promptMark = promptMark; stats.otherSpace = otherSpace;
  stats.operators = (equals > 0 || pipes > 0 || operatorPair) && /=>|->|::|!=|==|\+\+|&&|\|\|/.test(t);
  return stats;
}

function isWordBreak(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
}

/** Closing quotes/parens and sentence punctuation that may end a natural word. */
function isTrailing(c: number): boolean {
  return c === 41 || c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** At most: closing quote/paren, one punctuation mark, closing quote/paren (as the former regex allowed). */
function trailingValid(codes: Uint16Array, from: number, end: number): boolean {
  let k = from;
  if (k < end && isClosing(codes[k])) k++;
  if (k < end && isPunctuation(codes[k])) k++;
  if (k < end && isClosing(codes[k])) k++;
  return k === end;
}

function isClosing(c: number): boolean {
  return c === 41 || c === 34 || c === 0x201d || c === 0x2019 || c === 39;
}

function isPunctuation(c: number): boolean {
  return c === 44 || c === 46 || c === 59 || c === 58 || c === 33 || c === 63;
}

/** Command-line tools whose name, glued after "with:", can only start a command. */
const GLUED_TOOLS = 'terraform|kubectl|aws|az|gcloud|docker|podman|helm|npm|npx|yarn|pnpm|pip3?|git|curl|wget|cargo|dotnet|eksctl|sudo|brew|apt|apt-get|yum|dnf|mvn|gradle|conda|poetry|cdk|sam|pulumi|b2|gh|wrangler|gsutil|bq|doctl|flyctl|heroku|vercel|firebase';
const GLUED_HINT = new RegExp(`:(?:SELECT|INSERT|CREATE|DROP|ALTER|UPDATE|DELETE|WITH|GRANT|DESCRIBE|SHOW|CALL|MERGE|SET|VACUUM|REFRESH|select|insert|create|update|delete|with|${GLUED_TOOLS})\\s`);
const GLUED_ANY_COMMAND = /[\p{Ll})”"’]:([a-z][\w.-]*(?: +\S+)+)$/u;
const GLUED_COMMAND = new RegExp(`[\\p{L})”"’]:((?:${GLUED_TOOLS})\\s+[-\\w./]+(?:\\s+\\S+)*)$`, 'u');

/** A ":" right before an ASCII letter, as every GLUED_HINT match has: found with indexOf, it spares the regex call
 * for the many lines whose colons are followed by a space (one regex call costs as much as several searches). */
function colonBeforeLetter(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const next = text.charCodeAt(at + 1) | 32;
    if (next >= 97 && next <= 122) return true;
  }
  return false;
}

/**
 * After ": " (a list item's "…, use: SELECT * FROM t WHERE …;"), a whole upper-case statement that runs to the end of
 * the line and ends with ";" → its index, else -1. Prose naming a keyword ("…: SELECT is a keyword.") has no ";".
 */
function statementAfterColon(text: string): number {
  if (!text.includes(': ')) return -1;
  const match = /[\p{Ll})”"’]: ((?:SELECT|INSERT INTO|UPDATE|DELETE FROM|WITH)\s.*;)$/u.exec(text);
  if (!match || !/\b(?:FROM|INTO|SET)\b/.test(match[1])) return -1;
  // Inside a quotation the statement is part of what is quoted (an image's description of a chat answer).
  const before = text.slice(0, text.length - match[1].length);
  if ((before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”')) return -1;
  return text.length - match[1].length;
}

/** A JSON document glued after a colon ("…attach this SCP to the OU:{"Version":"2012-10-17",…}") → its index, else -1. */
function documentAfterColon(text: string): number {
  const at = text.indexOf(':{"');
  if (at < 1 || !/[\p{L})”"’]/u.test(text[at - 1])) return -1;
  try {
    JSON.parse(text.slice(at + 1));
    return at + 1;
  } catch {
    return -1;
  }
}

/**
 * An expression glued after a sentence that announces one ("…, enter the following expression:IF(m2 >= 50, 100 * m1 / m2, 0)")
 * → its index, else -1: a call that runs to the end of the line with an operator inside.
 */
function expressionAfterColon(text: string): number {
  const match = /\b(?:expression|formula)s?:([A-Za-z_][\w.]*\(.*[-+*/<>=%].*\))$/.exec(text);
  return match ? text.length - match[1].length : -1;
}

/** Code glued to the end of a sentence: "…run the following query:SELECT * FROM t;" → index of "SELECT". */
export function gluedCodeStart(text: string): number {
  const colon = colonBeforeLetter(text);
  if (!colon || !GLUED_HINT.test(text)) {
    // Any tool's command given options: `…before you go further:ansible-inventory -i aws_ec2.yml --graph`.
    const any = colon && text.includes(' -') ? GLUED_ANY_COMMAND.exec(text) : null;
    if (any && (commandWithLongOptions(any[1]) || (COMMAND_LINE.test(any[1]) && / -[A-Za-z]\b/.test(any[1]) && any[1].split(' ').length >= 3))) return text.length - any[1].length;
    // Each of these ends the line with its own character: most lines end with none of them and cost one comparison.
    const last = text.charCodeAt(text.length - 1);
    if (colon && (last === 34 || last === 41)) {
      // `…matched every POST to the login path:http.request.uri.path eq "/api/v2/session" and …`
      const filter = /[\p{Ll})”"’]:((?:\(\s*)?[a-z]\w*(?:\.\w+)+ .*)$/u.exec(text);
      if (filter && filterExpression(filter[1])) return text.length - filter[1].length;
    }
    return last === 59 ? statementAfterColon(text) : last === 125 ? documentAfterColon(text) : last === 41 ? expressionAfterColon(text) : -1;
  }
  const command = GLUED_COMMAND.exec(text);
  if (command) return text.length - command[1].length;
  const match = /[\p{Ll})”"’]:((?:SELECT|INSERT INTO|CREATE|DROP|ALTER|UPDATE|DELETE FROM|WITH|GRANT|DESCRIBE|SHOW|CALL|MERGE INTO|SET|VACUUM|REFRESH MATERIALIZED VIEW)\s.*)$/u.exec(text);
  if (match) {
    const code = match[1];
    // A statement that runs on past the line shows it is code by a call or a symbol prose lacks: `SELECT md5(…`.
    if (!/;\s*$/.test(code) && (/^(?:SET|VACUUM|REFRESH)\s/.test(code) || (!/\b(?:FROM|TABLE|INTO|SET|VIEW|DATABASE|SCHEMA)\b/.test(code) && !/^[A-Z]+ \w+\(|[*_=']/.test(code)))) return -1;
    return text.length - code.length;
  }
  // Lower-case SQL reads like an instruction ("…menu:select the instance from the list"): only a statement
  // that ends with ";" and has a symbol prose lacks (`*`, `(`, `=`, `_`, a quote) is split off.
  const lower = /[\p{Ll})”"’]:((?:select|insert into|update|delete from|create (?:table|view|index)|with)\s.*;)\s*$/u.exec(text);
  if (!lower) return -1;
  const code = lower[1];
  if (!/\b(?:from|into|set|table|view|index|as)\b/.test(code) || !/[*(=_']/.test(code)) return -1;
  return text.length - code.length;
}
