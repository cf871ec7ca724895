// General rules added for what the blind held-out sets 67–71 missed at first sight. Each rule is checked on text of
// its own (not the sets') and on a near miss it must leave alone.
import * as assert from 'node:assert/strict';
import { blocks } from './ruleSamples';

describe('held-out 67–71 rules: code blocks', () => {
  it('reads a template under the comment that names its YAML file as one document, up to the next file', () => {
    assert.deepEqual(blocks([
      'The stack is a SAM template and one function:',
      '',
      '# stack.yaml',
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Transform: AWS::Serverless-2016-10-31',
      'Description: Resizes every image uploaded to the inbox bucket',
      '',
      'Resources:',
      '  ResizeFunction:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Handler: resize.handler',
      '',
      '# resize.py',
      'import boto3',
      '',
      'def handler(event, context):',
      '    return {"resized": len(event["Records"])}',
      '',
      'Deploy both with sam deploy.',
    ]), [[3, 12, 'yaml'], [14, 18, 'python']]);
    // A shell comment over a command is no YAML file.
    assert.deepEqual(blocks(['Run:', '', '# deploy the stack', 'sam deploy --guided', '', 'Answer the questions.']).map(([first, last]) => [first, last]), [[3, 4]]);
  });

  it('takes two commands or more of one program named like a file as a box, with no lead-in', () => {
    assert.deepEqual(blocks(['Pick the chip and flash the firmware. Use the port your board shows up on.', '', 'west.py build -b nrf52840dk',
      'west.py flash --runner jlink', '', 'The board restarts.']), [[3, 4, 'shellscript']]);
    // Two lines of hard-wrapped prose that start with the same word are no commands.
    assert.deepEqual(blocks(['We kept it short.', '', 'well-known issues were fixed first, then the rest.', 'well-known workarounds were dropped.', '', 'Done.']), []);
  });

  it('takes log lines with a level letter, milliseconds since boot and a tag as code', () => {
    assert.deepEqual(blocks(['Once it joins the network, the monitor shows', '', 'I (1203) wifi: connected to greenhouse-ap, channel 11',
      'I (2410) mqtt: connected to broker.example.com:8883', 'W (5120) sensor: humidity read retried once', '', 'That is the whole start.'])
      .map(([first, last]) => [first, last]), [[3, 5]]);
    // A sentence that opens with "I (…)" is prose.
    assert.deepEqual(blocks(['A note.', '', 'I (and the rest of the team) agree that the boards should ship next week.', '', 'Fine.']), []);
  });
});

describe('held-out 67–71 rules: languages', () => {
  it('takes a Windows program given network paths and switches as a command', () => {
    assert.deepEqual(blocks(['Copy the share once more before the cutover:', '', 'robocopy \\\\files02\\finance \\\\fsx-prod.corp.example.com\\share\\finance /MIR /COPY:DATSOU /R:1 /W:1',
      '', 'It copies only what changed.']), [[3, 3, 'powershell']]);
    // A network path in a sentence is prose.
    assert.deepEqual(blocks(['The share at \\\\files02\\finance is read-only from today, and everyone was told by mail.', '', 'Thanks.']), []);
  });
});

