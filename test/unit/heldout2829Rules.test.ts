// General rules added for what the blind held-out sets 28 and 29 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, guess, lang } from './ruleSamples';

describe('held-out 28 rules: languages', () => {
  it('names C by its field updates and macro statements, and Gradle\'s Kotlin DSL Kotlin', () => {
    assert.equal(lang(['Py_BEGIN_ALLOW_THREADS;', 'state->hits += 1;', 'state->misses++;', 'Py_END_ALLOW_THREADS;']), 'c');
    assert.equal(lang(['kotlin {', '    jvmToolchain(21)', '    sourceSets {', '        commonMain.dependencies {', '            implementation(libs.ktor.client.core)', '        }', '    }', '}']), 'kotlin');
  });

  it('names log lines of key=value pairs with quoted messages output', () => {
    assert.deepEqual(guess(['ts=2025-10-21T14:02:11Z level=INFO msg="limit reached" iface=eth1 pps=120033', 'ts=2025-10-21T14:02:12Z level=WARN msg="refill failed" err="key does not exist"']), { lang: 'plaintext', kind: 'output' });
  });
});

describe('held-out 28 and 29 rules: code blocks', () => {
  it('leaves inline code set on lines of its own, blank lines around it, inside running prose', () => {
    assert.deepEqual(bounds([
      'Network drivers spend much of their time in the receive path, and the ones written in C use a pair of',
      '',
      'napi_schedule()',
      'and',
      '',
      'napi_complete_done()',
      'calls that nothing checks. A patch set posted this week proposes a',
      '',
      'napi!()',
      'macro that pairs them at compile time.',
    ]), []);
    // A command after a sentence that ended is a box, whatever follows it.
    assert.deepEqual(bounds([
      'The patch set is in linux-next, and anyone can try it with a single command on a test machine.',
      '',
      'git fetch linux-next',
      'git checkout next-20251120',
      '',
      'Reports go to the netdev list.',
    ]), [[3, 4]]);
  });

  it('counts the brackets around a triple quote, so a heading after the code is not taken for more of it', () => {
    assert.deepEqual(bounds([
      'The job is short and does one thing.',
      '',
      'import sys',
      'from awsglue.job import Job',
      '',
      'df = spark.sql(f"""',
      'SELECT * FROM lake.readings',
      'WHERE id > 10',
      '""")',
      '',
      'job.commit()',
      '',
      'Validate the results',
      '',
      'The counts should match what the source system reports for the same hour.',
    ]), [[3, 11]]);
  });

  it('ends a JavaScript module before the package.json shown after it', () => {
    assert.deepEqual(blocks([
      'The handler and its manifest:',
      '',
      'export const handler = async () => {',
      '  return { statusCode: 204 };',
      '};',
      '',
      '{',
      '  "name": "ledger-export",',
      '  "type": "module"',
      '}',
      '',
      'Zip both files.',
    ]).map(([first, last, language]) => [first, last, language]), [[3, 5, 'javascript'], [7, 10, 'json']]);
  });

  it('takes output indented under a step that says you see it', () => {
    assert.deepEqual(bounds([
      'Run it:',
      '',
      '  1. Call the procedure.',
      '  2. Check the Messages tab. You see the following:',
      '    INFO:  granted sales_share to namespace 4f1c',
      '    CALL',
      '  3. Repeat for the other namespace.',
    ]), [[5, 6]]);
    // Under another step, such lines are the step's own text.
    assert.deepEqual(bounds(['Run it:', '', '  1. Check the Messages tab. It lists:', '    granted sales share to the namespace', '  2. Repeat it.']), []);
  });

  it('keeps a workflow\'s last section, a heading right under it, in the YAML document', () => {
    const workflow = ['name: plan', '', 'permissions:', '  contents: read', '  pull-requests: write', '', 'jobs:', '  plan:', '    runs-on: ubuntu-24.04',
      '    steps:', '      - uses: actions/checkout@v4', 'Why not run Terraform here?', '', 'Because the state lives elsewhere.'];
    assert.deepEqual(bounds(['The workflow runs on pull requests:', '', ...workflow]), [[3, 13]]);
    assert.deepEqual(bounds(['The workflow runs on pull requests.', '', ...workflow]), [[3, 13]]);
  });

  it('takes the one value a CLI command printed as text, after a blank line', () => {
    assert.deepEqual(blocks([
      'Create the policy and keep its id:',
      '',
      'aws organizations create-policy --name deny-outside \\',
      "  --content file://scp.json --query 'Policy.PolicySummary.Id' --output text",
      '',
      'p-7rq2k4mz',
      '',
      'Attach it to a test OU first.',
    ]), [[3, 4, 'shellscript'], [6, 6, 'plaintext']]);
    // A word alone after another command is no printed value.
    assert.deepEqual(bounds(['Build it:', '', 'make all', '', 'Done', '', 'Then run it.']), [[3, 3]]);
  });

  it('takes a Kbuild file\'s make assignments', () => {
    assert.deepEqual(bounds(['The driver\'s Kbuild file gains two lines:', '', 'obj-$(CONFIG_NET_KESTREL) += kestrel.o', 'kestrel-y := kestrel_main.o kestrel_rx.o', '', 'Reviewers were positive.']), [[3, 4]]);
  });

  it('starts a function after inline code set on a line of its own above it', () => {
    assert.deepEqual(bounds([
      'The first example is a counter type with an',
      '',
      'add()',
      'method that updates two fields in the object:',
      '',
      'static PyObject *',
      'counter_add(CounterObject *self, PyObject *arg)',
      '{',
      '    self->total += 1;',
      '    Py_RETURN_NONE;',
      '}',
      '',
      'Two threads can interleave those updates.',
    ]), [[6, 11]]);
  });

  it('keeps a Java stack trace\'s cause with its frames', () => {
    assert.deepEqual(bounds([
      'The old pods failed with errors like this one:',
      '',
      'org.example.listener.ListenerFailedException: Listener method threw exception',
      '\tat org.example.listener.Container.invoke(Container.java:2951)',
      'Caused by: org.apache.kafka.common.errors.ProducerFencedException: There is a newer producer.',
      '\tat org.apache.kafka.clients.producer.TransactionManager.fail(TransactionManager.java:1211)',
      '\t... 14 common frames omitted',
      '',
      'This is fencing doing its job.',
    ]), [[3, 7]]);
  });

  it('ends a command continued over lines before what it printed after a blank line', () => {
    assert.deepEqual(blocks([
      'We replayed the batches with the load tester.',
      '',
      'ghz --insecure --proto api/v1/quote.proto \\',
      '  --call api.v1.Quotes/Batch -c 64 -z 2m staging.internal:9090',
      '',
      'Summary:',
      '  Count:        1536620',
      '  Average:      9.94 ms',
      '',
      'The average stayed under ten milliseconds.',
    ]).map(([first, last]) => [first, last]), [[3, 4], [6, 8]]);
  });
});
