'use strict';

const Sandbox = require('sandbox');
const { queue, chat } = require('./services');

// Chat bot: "!js <code>" messages are run and the result is posted back.
const s = new Sandbox();

function onChatMessage(message) {
  if (!message.text.startsWith('!js ')) return;
  const snippet = message.text.slice(4);
  // expect: code-injection
  s.run(snippet, (output) => chat.reply(message, String(output.result)));
}

function evaluateWithTimeout(code, cb) {
  // expect: code-injection
  new Sandbox({ timeout: 2000 }).run(code, cb);
}

queue.process('grade-submission', (job, done) => {
  const box = new Sandbox();
  // expect: code-injection
  box.run(`${job.data.source}\n;(${job.data.harness})()`, (out) => done(null, out.result));
});

function runUserFunction(fnSource, args, cb) {
  const sb = new Sandbox();
  // expect: code-injection
  sb.run('(' + fnSource + ')(' + JSON.stringify(args) + ')', cb);
}

// Safe look-alikes: fixed code only.
const PROBE = "typeof process === 'undefined'";

function selfTest(cb) {
  const probe = new Sandbox();
  probe.run(PROBE, (out) => cb(out.result === 'true'));
}

function warmUp() {
  s.run('1 + 1', () => {});
}

module.exports = { onChatMessage, evaluateWithTimeout, runUserFunction, selfTest, warmUp };
