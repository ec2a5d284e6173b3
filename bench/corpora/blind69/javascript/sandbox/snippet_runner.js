'use strict';

const Sandbox = require('sandbox');
const fs = require('fs');
const WebSocket = require('ws');

const HELLO = 'print("sandbox ready")';
const EXAMPLES = ['1 + 1', '[1, 2, 3].map(function (n) { return n * n; })', 'Math.max(4, 9)'];

const shared = new Sandbox({ timeout: 2000 });

class SnippetBot {
  constructor(channel) {
    this.channel = channel;
    this.box = new Sandbox();
  }

  onMessage(msg) {
    if (!msg.text.startsWith('!js ')) return;
    const source = msg.text.slice(4);
    // expect: code-injection
    this.box.run(source, (output) => {
      this.channel.send('=> ' + output.result);
    });
  }

  runExample(index) {
    // Safe: one of the bundled examples, picked by a checked index.
    const n = Number.parseInt(index, 10);
    if (!(n >= 0 && n < EXAMPLES.length)) return;
    this.box.run(EXAMPLES[n], (output) => this.channel.send(output.result));
  }
}

function evaluateFile(file, done) {
  const code = fs.readFileSync(file, 'utf8');
  // expect: code-injection
  new Sandbox({ timeout: 5000 }).run(code, (output) => done(output.result, output.console));
}

function startServer(port) {
  const wss = new WebSocket.Server({ port });
  wss.on('connection', (socket) => {
    socket.on('message', (data) => {
      const payload = JSON.parse(data);
      const wrapped = '(function () {\n' + payload.body + '\n})()';
      // expect: code-injection
      shared.run(wrapped, (output) => socket.send(JSON.stringify(output)));
    });
  });
  // Safe: a literal warm-up script.
  shared.run(HELLO, () => {});
  return wss;
}

function checkExpression(expr) {
  return new Promise((resolve) => {
    const s = new Sandbox();
    // expect: code-injection
    s.run(`JSON.stringify(${expr})`, (output) => resolve(output.result));
  });
}

// Safe: a constant expression on a fresh sandbox.
new Sandbox().run('typeof require', (output) => console.log('require is', output.result));

module.exports = { SnippetBot, evaluateFile, startServer, checkExpression };
