// General rules added for what blind held-out sets 96 and 98 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, cells, lang, rowNames } from './ruleSamples';

describe('held-out 96 and 98 rules', () => {
  it('finds a whole JSON object on one line, however much prose its strings hold', () => {
    const found = blocks(['The answer should look like this:', '', '{"ticket": "T-118", "priority": "low", "summary": "The customer asks how to change the billing address on the account page."}', '', 'Parse it before you route it.']);
    assert.deepEqual(found, [[3, 3, 'json']]);
    // Braces around a sentence are no JSON.
    assert.deepEqual(blocks(['{"This is a quote," she said, "and not an object."}']), []);
  });

  it('keeps a job log together when its stamps are followed by " - " and dicts sit between them', () => {
    const found = blocks(['The end of the log:', '', '2025-04-02 09:10:11 Training - Training image download completed. Training in progress.', "{'loss': 1.41, 'grad_norm': 0.52, 'epoch': 0.5}",
      "{'loss': 0.97, 'grad_norm': 0.44, 'epoch': 1.0}", "{'loss': 0.88, 'grad_norm': 0.41, 'epoch': 1.5}", "{'train_runtime': 1804.2, 'epoch': 2.0}", 'Merging the adapter weights into the base model',
      'Saving the merged model to /opt/ml/model', '2025-04-02 09:58:40 Uploading - Uploading generated training model', '2025-04-02 09:59:02 Completed - Training job completed',
      'Training seconds: 2931', 'Billable seconds: 2931', '', 'Then import it.']);
    assert.deepEqual(found.map(([first, last]) => [first, last]), [[3, 13]], JSON.stringify(found));
  });

  it('finds a record of space-separated numbers and ids (a flow log line), and leaves a sentence with numbers alone', () => {
    assert.deepEqual(blocks(['A record looks like this:', '', '2 444455556666 eni-0a1b2c3d4e5f60718 10.0.3.14 10.0.9.20 443 51822 6 40 18230 1742300000 1742300060 REJECT OK', '', 'Next, the pipeline.'])
      .map(([first, last]) => [first, last]), [[3, 3]]);
    assert.deepEqual(blocks(['2024 brought 14 releases, 3 of them major, 11 minor, and 2 security fixes in all.']), []);
  });

  it('reads a query piped through commands (`source = x | where … | stats …`) as plain text, not INI', () => {
    assert.equal(lang(['source = app-logs-2025.04.02 | where latency_ms > 800 | stats count() as slow by route']), 'plaintext');
    assert.notEqual(lang(['source = app-logs', 'level = debug']), 'plaintext');
  });

  it('reads a command continued over its quoted URL and a quoted body as one shell command', () => {
    assert.equal(lang(['awscurl --service aoss --region us-west-2 -X POST \\', '  "https://example.us-west-2.aoss.amazonaws.com/_plugins/_sql" \\', '  -H "Content-Type: application/json" \\',
      "  -d '{", '    "query": "SELECT route, COUNT(*) FROM app-logs GROUP BY route"', "  }'"]), 'shellscript');
  });

  it('reads numbers in scientific notation (`2e-4`) as numbers in a table', () => {
    assert.deepEqual(rowNames(['We settled on these values:', '', ...cells('Setting', 'Value', 'Why', 'epochs', '3', 'A fourth pass overfit the small set', 'learning_rate', '1e-4',
      'The usual value for adapters of this size', 'warmup_ratio', '0.05', 'Shorter warmups diverged in early runs'), 'The job ran once.']), [['Setting', 'epochs', 'learning_rate', 'warmup_ratio']]);
  });
});
