const Sandbox = require('sandbox');
const { loadChallenge } = require('./challenges');
const metrics = require('../lib/metrics');

const sandbox = new Sandbox({ timeout: 2000 });

function runIn(s, code) {
  return new Promise((resolve) => {
    s.run(code, (output) => resolve(output));
  });
}

async function gradeSubmission(submission) {
  const challenge = await loadChallenge(submission.challengeId);
  const program = submission.source + '\n' + challenge.harness;
  metrics.increment('grader.runs');
  return new Promise((resolve) => {
    // expect: code-injection
    sandbox.run(program, (output) => resolve({ passed: output.result === challenge.expected, output }));
  });
}

function selfTest() {
  return new Promise((resolve) => {
    sandbox.run('1 + 1 + " apples"', (output) => resolve(output.result === "'2 apples'"));
  });
}

function quickEval(snippet) {
  return new Promise((resolve) => {
    // expect: code-injection
    new Sandbox().run(snippet, (output) => resolve(output.result));
  });
}

async function replayAttempt(attempt) {
  const s = new Sandbox({ timeout: 5000 });
  // expect: code-injection
  s.run(attempt.code, (output) => metrics.timing('grader.replay', output.console.length));
}

async function warm() {
  const s = new Sandbox();
  return runIn(s, '"ready"');
}

module.exports = { gradeSubmission, selfTest, quickEval, replayAttempt, warm };
