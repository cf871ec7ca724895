// General rules added for what the blind held-out sets 22 and 23 missed at first sight. Each rule is checked on text
// of its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { guess, lang } from './ruleSamples';

describe('held-out 22 and 23 rules: languages', () => {
  it('names a file by a first line only its language has, however much of it reads like JavaScript or Python', () => {
    assert.equal(lang([
      '#include <memory>',
      '#include <cstdio>',
      '',
      'int main()',
      '{',
      '    auto queue = std::make_unique<Queue>(16);',
      '    const auto sent = queue->push(42);',
      '    auto done = [&queue](int code) { return queue->close(code); };',
      '    return done(sent ? 0 : 1);',
      '}',
    ]), 'cpp');
    assert.deepEqual(guess([
      'using Amazon.CDK;',
      'using Amazon.CDK.AWS.SNS;',
      '',
      'var app = new App();',
      'var stack = new Stack(app, "AlertsStack");',
      'var topic = new Topic(stack, "Alerts", new TopicProps { DisplayName = "alerts" });',
      'app.Synth();',
    ]), { lang: 'csharp', kind: 'cdk' });
    assert.equal(lang([
      'require "json"',
      '',
      'def handler(event:, context:)',
      '  names = event["items"].map do |item|',
      '    item["name"].upcase',
      '  end',
      '  { statusCode: 200, body: names.to_json }',
      'end',
    ]), 'ruby');
    // JavaScript requires with parentheses; Python's `def` with keyword arguments stays Python.
    assert.equal(lang(['const fs = require("fs");', 'const data = JSON.parse(fs.readFileSync("a.json"));', 'console.log(data.items.map(i => i.name));']), 'javascript');
    assert.equal(lang(['import json', '', 'def handler(event, context):', '    names = [i["name"] for i in event["items"]]', '    return {"statusCode": 200, "body": json.dumps(names)}']), 'python');
  });

  it('tells C++ from C by what only C++ has', () => {
    assert.equal(lang(['#include <stdio.h>', '#include <vector>', '', 'int main(void)', '{', '    std::vector<int> v{1, 2};', '    printf("%zu\\n", v.size());', '    return 0;', '}']), 'cpp');
    assert.equal(lang(['#include <stdio.h>', '#include <stdlib.h>', '', 'int main(void)', '{', '    char *buf = malloc(64);', '    printf("%p\\n", (void *)buf);', '    free(buf);', '    return 0;', '}']), 'c');
  });

  it('names a Gemfile Ruby and a Spark job with `val` Scala', () => {
    assert.equal(lang(['source "https://rubygems.org"', '', 'gem "rack", "~> 3.1"', 'gem "puma", "~> 6.4"']), 'ruby');
    assert.equal(lang(['val orders = spark.table("sales.orders")', 'orders.groupBy("region").count().show(5)']), 'scala');
    assert.notEqual(lang(['orders = spark.table("sales.orders")', 'orders.groupBy("region").count().show(5)']), 'scala');
  });
});
