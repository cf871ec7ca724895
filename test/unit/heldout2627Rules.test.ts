// General rules added for what the blind held-out sets 26 and 27 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks, bounds, cells, guess, lang, rowNames } from './ruleSamples';

describe('held-out 26 and 27 rules: languages', () => {
  it('names REFRESH MATERIALIZED VIEW SQL, and a buildspec whose script runs a loop YAML', () => {
    assert.equal(lang(['REFRESH MATERIALIZED VIEW mv_hourly_sales;']), 'sql');
    assert.equal(lang(['version: 0.2', '', 'phases:', '  build:', '    commands:', '      - |', '        for f in $(ls policies); do', '          aws accessanalyzer validate-policy --policy-document "file://$f" --policy-type RESOURCE_POLICY', '        done']), 'yaml');
    assert.equal(lang(['for f in $(ls policies); do', '  echo "$f"', 'done']), 'shellscript');
  });

  it('names a MariaDB session SQL with output, and database and Zabbix tools commands', () => {
    assert.deepEqual(guess(['MariaDB [shop]> SELECT COUNT(*) FROM orders;', '+----------+', '| COUNT(*) |', '+----------+', '|       42 |', '+----------+']), { lang: 'sql', kind: 'output' });
    assert.deepEqual(guess(['mariadb-dump --no-data shop | grep -c CONSTRAINT']), { lang: 'shellscript', kind: 'command' });
    assert.deepEqual(guess(['zabbix_get -s 192.0.2.7 -k system.uptime']), { lang: 'shellscript', kind: 'command' });
  });

  it('names readings printed as several key=value pairs a line output, not settings', () => {
    assert.deepEqual(guess(['co2=702ppm temp=21.4C rh=40%', 'co2=715ppm temp=21.5C rh=41%']), { lang: 'plaintext', kind: 'output' });
    assert.equal(lang(['REGION=eu-west-1', 'TABLE=orders', 'BUCKET=shop-exports']), 'ini');
  });
});

describe('held-out 26 and 27 rules: code blocks', () => {
  it('ends a prompt template at the article\'s next heading', () => {
    assert.deepEqual(bounds([
      'They keep the prompt in a text file so that changes are reviewed:',
      '',
      'You are a triage assistant for a support team. Classify the ticket below and',
      'answer with JSON only, using the keys category and severity.',
      '',
      '<ticket>',
      '{ticket_text}',
      '</ticket>',
      '',
      'The function',
      '',
      'The function reads the file once and sends it with every ticket, which keeps the request small.',
    ]), [[3, 8]]);
  });

  it('keeps a CloudFormation header whose description reads as prose with the template', () => {
    assert.deepEqual(blocks([
      'The template defines the function and its schedule.',
      '',
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Transform: AWS::Serverless-2016-10-31',
      'Description: Nightly export of the ledger to Amazon S3',
      '',
      'Resources:',
      '  ExportFunction:',
      '    Type: AWS::Serverless::Function',
      '',
      'Deploy it with the AWS SAM CLI.',
    ]), [[3, 9, 'yaml']]);
  });

  it('takes a paragraph whose later lines are indented, under a lead-in, as a box', () => {
    assert.deepEqual(bounds([
      'The looking glass showed two paths for the prefix:',
      '',
      'BGP routing table entry for 203.0.113.0/24',
      'Paths: (2 available, best #1)',
      '  64500 64510',
      '    198.51.100.1 from 198.51.100.1 (198.51.100.1)',
      '      Origin IGP, localpref 120, valid, external, best',
      '',
      'The provider preferred the path through its customer because customer routes get a higher preference.',
    ]), [[3, 7]]);
    // Without a lead-in, or with a list item among them, the lines are not taken this way.
    assert.deepEqual(bounds(['The looking glass showed two paths for the prefix.', '', 'BGP routing table entry for 203.0.113.0/24', 'Paths: (2 available, best #1)', '  64500 64510', '', 'The provider preferred it.']), []);
  });

  it('reads "USD 61,400" as a number in a table', () => {
    const rows = rowNames([
      'The following table summarizes the results.',
      '',
      ...cells('Metric', 'Before', 'After', 'Time to notify', '14 minutes', '9 seconds', 'Monthly cost', 'USD 61,400', 'USD 23,900', 'Availability', '99.82%', '99.99%',
        'Deployments per month', '2', '38'),
      'The platform met its targets.',
    ]);
    assert.deepEqual(rows, [['Metric', 'Time to notify', 'Monthly cost', 'Availability', 'Deployments per month']]);
  });
});
