// General rules added for what the blind held-out sets 56–61 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, guess, lang, rowNames } from './ruleSamples';

describe('held-out 56–61 rules: code blocks', () => {
  it('ends a file at the next file of another type named with a note: "# deploy/app.yaml (excerpt)"', () => {
    const files = (note: string) => blocks([
      'Package the service and run it on the cluster:',
      '',
      '# Dockerfile',
      'FROM public.ecr.aws/docker/library/node:22-slim',
      'WORKDIR /srv',
      'COPY dist/ /srv/',
      'CMD ["node", "/srv/server.js"]',
      '',
      `# deploy/app.yaml${note}`,
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: catalog-api',
      'spec:',
      '  replicas: 2',
      '',
      'Apply it with kubectl.',
    ]).map(([first, last]) => [first, last]);
    assert.deepEqual(files(' (excerpt)'), [[3, 7], [9, 15]]);
    assert.deepEqual(files(''), [[3, 7], [9, 15]]);
    // Any other words after the name make a comment, not a file's name.
    assert.deepEqual(files(' (see below for the service)'), [[3, 15]]);
  });

  it('keeps a setting whose value is words in its unit file: "Description=Rotate the logs of every service"', () => {
    assert.deepEqual(blocks([
      'A timer starts the job:',
      '',
      '# /etc/systemd/system/log-rotate.timer',
      '[Unit]',
      'Description=Rotate the logs of every service on this host twice a day',
      '',
      '[Timer]',
      'OnCalendar=*-*-* 03,15:00:00',
      'Persistent=true',
      '',
      '[Install]',
      'WantedBy=timers.target',
      '',
      'Enable it once and forget it.',
    ]).map(([first, last]) => [first, last]), [[3, 12]]);
    // A sentence about a setting, with spaces around its words, stays prose.
    assert.deepEqual(blocks(['The description of the unit says what the timer does for every service on this host.', '', 'That is all.']), []);
  });

  it('takes indented output a blank line under a command as a box of its own', () => {
    assert.deepEqual(blocks([
      'Build and start it against the sample configuration:',
      '',
      'cargo run -- --config relay.sample.toml',
      '',
      '   Compiling relay v0.4.1 (/home/dev/relay)',
      '    Finished `dev` profile [unoptimized + debuginfo] target(s) in 4.87s',
      '     Running `target/debug/relay --config relay.sample.toml`',
      '2025-06-02T10:15:00.101Z  INFO relay: loaded 3 routes',
      '2025-06-02T10:15:00.102Z  INFO relay: listening on 127.0.0.1:9090',
      '',
      'Send it a request from another terminal.',
    ]).map(([first, last]) => [first, last]), [[3, 3], [5, 9]]);
    // An indented paragraph of prose under a command stays prose.
    assert.deepEqual(blocks(['Run it:', '', 'go run ./cmd/relay --config relay.sample.yaml', '',
      '    It reads the routes and then waits for the first request to come in.', '', 'That is all.']).map(([first, last]) => [first, last]), [[3, 3]]);
  });

  it("takes a report printed behind '#' as output and ends it at a heading right under it", () => {
    assert.deepEqual(blocks([
      'The summary at the top named the worst statement:',
      '',
      '# Rank Query ID           Time      Calls Item',
      '# ==== ================== ========= ===== ===========',
      '#    1 0x5C1D0E2F3A4B5C6D  841.2210   4120 SELECT invoices',
      '#    2 0x9E8F7A6B5C4D3E2F  120.0042    388 UPDATE ledger',
      'Why statement #1 was slow',
      '',
      'It scanned every invoice.',
    ]), [[3, 6, 'plaintext']]);
    // A file-name comment over code is no report: the code under it goes on.
    assert.deepEqual(blocks(['Build it:', '', '# Dockerfile', 'FROM node:22-slim AS build', 'WORKDIR /srv', 'COPY . .', '', 'Then push it.']), [[3, 6, 'dockerfile']]);
  });

  it('takes several commands of one tool under a lead-in when most of them name a file or address', () => {
    assert.deepEqual(blocks(['Flash both files and restart the board:', '', 'picotool load firmware.uf2 --family rp2040',
      'picotool load settings.bin --offset 0x10100000', 'picotool reboot', '', 'The light blinks twice.']), [[3, 5, 'shellscript']]);
    // Lines that name no file, no option and no address read as prose.
    assert.deepEqual(blocks(['It went well:', '', 'picotool worked first time', 'picotool reboot', '', 'Nice.']), []);
  });

  it("takes a program's banner and report, a blank line under its command, as a box of its own", () => {
    assert.deepEqual(blocks([
      'Read the counters of the suspect drive:',
      '',
      'sudo nvme smart-log /dev/nvme1',
      '',
      'nvme 2.8 2024-02-14 (git 2.8)',
      'Smart Log for NVME device:nvme1 namespace-id:ffffffff',
      'critical_warning                        : 0',
      'temperature                             : 41 °C',
      'percentage_used                         : 7%',
      '',
      'Seven percent of its life is used.',
    ]).map(([first, last]) => [first, last]), [[3, 3], [5, 9]]);
    // A command a blank line under a command is no banner: the commands stay one box.
    assert.deepEqual(blocks(['Prepare and plan:', '', 'terraform -chdir=infra init -upgrade', '', 'terraform -chdir=infra plan -out tf.plan', '', 'Both run.'])
      .map(([first, last]) => [first, last]), [[3, 5]]);
  });

  it("takes PowerShell's call operator on a quoted script path as PowerShell code", () => {
    assert.deepEqual(blocks(['In the same session, register the service and check it:', '',
      '& "C:\\Program Files\\Fleetlog\\fleetlog-ctl.ps1" -Action install -Config "C:\\fleetlog\\agent.json"',
      '& "C:\\Program Files\\Fleetlog\\fleetlog-ctl.ps1" -Action status', '', 'It reports Running.']), [[3, 4, 'powershell']]);
    // An ampersand opening a sentence is prose.
    assert.deepEqual(blocks(['Questions?', '', '& "answers" are in the FAQ, which we update every week for all customers.', '', 'Thanks.']), []);
  });

  it('keeps a variable given a string that reads as prose in its code', () => {
    assert.deepEqual(blocks([
      'Deploy it and send it a ticket:',
      '',
      'predictor = model.deploy(',
      '    initial_instance_count=1,',
      '    instance_type="ml.g5.xlarge",',
      ')',
      '',
      'ticket = "The customer says the invoice for March was charged twice and asks for a refund of the second charge."',
      'prompt = (',
      '    "Classify the ticket into one queue.\\n\\n"',
      '    f"Ticket: {ticket}\\n"',
      ')',
      '',
      'The reply names one queue.',
    ]), [[3, 12, 'python']]);
    // A sentence that quotes a phrase stays prose.
    assert.deepEqual(blocks(['The team called it "the March problem" for weeks, and the name stuck with everyone on the floor.', '', 'Then it was fixed.']), []);
  });

  it("keeps Redshift ML's clauses under CREATE MODEL's query in the statement", () => {
    assert.deepEqual(blocks([
      'Train the model on last year’s orders:',
      '',
      'CREATE MODEL late_delivery_model',
      'FROM (',
      '    SELECT distance_km, carrier, weekday, late',
      '    FROM logistics.deliveries',
      ')',
      'TARGET late',
      'FUNCTION predict_late_delivery',
      'IAM_ROLE default',
      'SETTINGS (',
      "    S3_BUCKET 'amzn-s3-demo-bucket'",
      ');',
      '',
      'Training takes about an hour.',
    ]), [[3, 13, 'sql']]);
  });

  it('takes a result table drawn with box characters, a blank line under its query, as a box of its own', () => {
    assert.deepEqual(blocks([
      'Count the requests per status:',
      '',
      'SELECT status, count() AS n',
      'FROM requests',
      'GROUP BY status',
      '',
      '┌─status─┬──────n─┐',
      '│    200 │ 918273 │',
      '│    429 │   1204 │',
      '└────────┴────────┘',
      '',
      'Almost all succeed.',
    ]).map(([first, last]) => [first, last]), [[3, 5], [7, 10]]);
    // Another statement a blank line under the query goes on with it.
    assert.deepEqual(blocks(['Count them:', '', 'SELECT status, count() AS n', 'FROM requests', 'GROUP BY status', '', 'SELECT count() FROM requests', '', 'Done.'])
      .map(([first, last]) => [first, last]), [[3, 7]]);
  });

  it('ends code at a paragraph of prose that starts in lower case and is hard-wrapped around names on lines of their own', () => {
    assert.deepEqual(blocks([
      'The caller fills in this structure:',
      '',
      'struct memwatch_args {',
      '\t__u64 flags;',
      '\t__u32 budget;\t/* pages, 0 for no limit */',
      '};',
      '',
      'and passes it to',
      'MEMWATCH_ARM',
      'or',
      'MEMWATCH_DISARM',
      '. Arming does not return until the budget is in place, and an existing budget is replaced without',
      'warning, which is why the call is meant for',
      'supervisors',
      'only. A typical use looks like:',
      '',
      '\tstruct memwatch_args args = { .budget = 4096 };',
      '\tint fd = memwatch_open(pid, 0);',
      '\tif (ioctl(fd, MEMWATCH_ARM, &args) < 0)',
      '\t\terr(1, "MEMWATCH_ARM");',
      '',
      'The patches are in their third revision.',
    ]), [[3, 6, 'c'], [17, 20, 'c']]);
  });
});

describe('held-out 56–61 rules: languages', () => {
  it('reads a command whose quoted URL has a query string as a command', () => {
    assert.deepEqual(guess(['sigv4-get --service execute-api --region us-west-2 \\',
      '  "https://a1b2c3d4e5.execute-api.us-west-2.amazonaws.com/prod/orders?status=open&limit=20" \\', '  --output orders.json']),
    { lang: 'shellscript', kind: 'command' });
    // The URLs a program printed stay its output.
    assert.equal(guess(['https://shop.example.com/orders?status=open', 'https://shop.example.com/orders?status=closed']).kind, 'output');
  });

  it('reads TOML tables whose names quote a key with a colon', () => {
    assert.equal(lang(['[limits]', 'burst = 200', '', '[limits.tenants."org:5521"]', 'burst = 20', '', '[limits.tenants."org:7710"]', 'burst = 5']), 'toml');
    // Pairs under a section with spaces in its name are INI.
    assert.equal(lang(['[mail settings]', 'host = smtp.example.com', 'port = 587']), 'ini');
  });

  it('reads a program quoted over several lines at a root prompt as one command', () => {
    assert.deepEqual(guess(["# bpftrace -e 'tracepoint:syscalls:sys_enter_openat {", '    @opens[comm] = count(); }', "  interval:s:5 { print(@opens); clear(@opens); }'"]),
      { lang: 'shellscript', kind: 'command' });
    // A Python comment over code is Python.
    assert.equal(lang(["# count the opens per process", "opens = {}", "for name in names:", "    opens[name] = opens.get(name, 0) + 1"]), 'python');
  });

  it('reads constants in capitals set with spaces around "=" as a Python settings module', () => {
    assert.equal(lang(['BROKER_HOST = "10.0.4.12"', 'BROKER_PORT = 1883', 'USE_TLS = False', 'TOPIC = "greenhouse/bench-2"']), 'python');
    // Lower-case keys with typed values are TOML.
    assert.equal(lang(['broker_host = "10.0.4.12"', 'broker_port = 1883', 'use_tls = false', 'topic = "greenhouse/bench-2"']), 'toml');
  });

  it('reads a line of status codes a loop printed as output, not a crontab entry', () => {
    assert.equal(lang(['201 201 201 201 201 201 503 201 503 503 201 201']), 'plaintext');
    // A schedule and then a command is a crontab entry.
    assert.equal(lang(['15 2 * * 1 /usr/local/bin/rotate-keys.sh --all']), 'shellscript');
  });
});

describe('held-out 56–61 rules: tables', () => {
  it('reads "±0.4%" as a number, so a row with a plain "0%" in that column is still a row', () => {
    assert.deepEqual(rowNames([
      'We compared three ways of sampling:',
      '',
      ...cells('Method', 'Lines kept per second', 'Error, p99', 'One in 32', '1,210,000', '±0.7%', 'Weighted', '1,340,000', '±0.3%',
        'Everything', '38,000,000', '0%'),
      'Weighted sampling wins.',
    ]), [['Method', 'One in 32', 'Weighted', 'Everything']]);
  });
});

