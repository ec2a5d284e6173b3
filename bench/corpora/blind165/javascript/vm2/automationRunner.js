// Runs "automations" of the ticketing product: small scripts that customers' admins
// write in the web editor to route and tag tickets. Executed on shared workers with vm2.
'use strict';

const { VM, NodeVM, VMScript } = require('vm2');

const DEFAULT_ROUTER = new VMScript('ticket.priority === "urgent" ? "oncall" : "queue"');
const TAGGER_SOURCE = 'ticket.subject.toLowerCase().includes("invoice") ? ["billing"] : []';

function route(ticket, automation) {
  const vm = new VM({ timeout: 100, sandbox: { ticket: JSON.parse(JSON.stringify(ticket)) } });
  if (!automation || !automation.enabled) {
    return vm.run(DEFAULT_ROUTER);
  }
  // expect: code-injection
  return vm.run(automation.source);
}

function tag(ticket) {
  const vm = new VM({ timeout: 100, sandbox: { ticket: { subject: String(ticket.subject) } } });
  return vm.run(TAGGER_SOURCE);
}

function runHook(hook, ticket) {
  const vm = new NodeVM({ console: 'off', require: false, sandbox: { ticket } });
  // expect: code-injection
  return vm.run(hook.code, 'hook.js');
}

function compile(automation) {
  // expect: code-injection
  return new VMScript(automation.source, 'automation-' + automation.id + '.js');
}

function priorityOf(ticket) {
  return new VM({ timeout: 50, sandbox: { ticket } }).run('ticket.priority || "normal"');
}

module.exports = { route, tag, runHook, compile, priorityOf };
