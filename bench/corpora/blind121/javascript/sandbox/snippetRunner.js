const express = require('express');
const Sandbox = require('sandbox');

const router = express.Router();

router.post('/snippets/run', (req, res) => {
  const s = new Sandbox();
  // expect: code-injection
  s.run(req.body.code, (output) => res.json({ result: output.result, console: output.console }));
});

function gradeSubmission(submission, done) {
  const source = submission.source + '\n;solution(' + JSON.stringify(submission.input) + ')';
  // expect: code-injection
  new Sandbox().run(source, (output) => done(output.result === submission.expected));
}

function onQueueMessage(message, ack) {
  const code = message.payload.script;
  const box = new Sandbox();
  // expect: code-injection
  box.run(code, (output) => ack(output.result));
}

function selfTest(done) {
  const s = new Sandbox();
  s.run('1 + 1 + " apples"', (output) => done(output.result === "'2 apples'"));
}

module.exports = { router, gradeSubmission, onQueueMessage, selfTest };
