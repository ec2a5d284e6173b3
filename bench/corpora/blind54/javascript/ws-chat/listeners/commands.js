const { exec, execFile } = require('child_process');
const crypto = require('crypto');
const bus = require('../lib/bus');

function reply(socketId, payload) {
  const { sockets } = require('../server');
  const conn = sockets.get(socketId);
  if (conn) conn.ws.send(JSON.stringify({ type: 'command-result', ...payload }));
}

bus.on('command:roll', ({ args, socketId }) => {
  const sides = Number.parseInt(args[0], 10);
  const n = Number.isNaN(sides) || sides < 2 ? 6 : Math.min(sides, 1000);
  reply(socketId, { result: crypto.randomInt(1, n + 1) });
});

bus.on('command:calc', ({ args, socketId }) => {
  const expression = args.join(' ');
  try {
    // expect: code-injection
    const result = eval(expression);
    reply(socketId, { result: String(result) });
  } catch (e) {
    reply(socketId, { error: 'bad expression' });
  }
});

bus.on('command:whois', ({ args, socketId }) => {
  const domain = String(args[0] || '');
  if (!/^[a-z0-9.-]{1,253}$/i.test(domain)) {
    return reply(socketId, { error: 'bad domain' });
  }
  execFile('whois', [domain], { timeout: 5000 }, (err, stdout) => reply(socketId, { result: err ? 'lookup failed' : stdout.slice(0, 2000) }));
});

bus.on('command:dig', ({ args, socketId }) => {
  const name = args[0] || 'example.com';
  const type = args[1] || 'A';
  // expect: command-injection
  exec(`dig +short ${name} ${type}`, { timeout: 5000 }, (err, stdout) => reply(socketId, { result: err ? 'lookup failed' : stdout }));
});
