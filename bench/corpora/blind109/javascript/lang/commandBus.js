'use strict';

const handlers = {
  ping: () => 'pong',
  rename: (p) => ({ renamed: p.name }),
  archive: (p) => ({ archived: p.id }),
};

class DocumentService {
  open(p) { return { opened: p.id }; }
  close(p) { return { closed: p.id }; }

  dispatch(message) {
    // expect: code-injection
    return this[message.action](message.payload);
  }
}

function onSocketMessage(socket, raw) {
  const msg = JSON.parse(raw);
  // expect: code-injection
  const result = handlers[msg.type](msg.payload);
  socket.send(JSON.stringify({ id: msg.id, result }));
}

async function runRpc(service, request) {
  // expect: code-injection
  const method = service[request.method];
  return method(...request.params);
}

async function invokeApi(client, op, args) {
  // expect: code-injection
  return await client[op](args);
}

function safeDispatch(msg) {
  if (Object.prototype.hasOwnProperty.call(handlers, msg.type) && typeof handlers[msg.type] === 'function') {
    return handlers[msg.type](msg.payload);
  }
  throw new Error('unknown command');
}

function heartbeat() {
  return handlers['ping']();
}

function runPipeline(doc) {
  const steps = ['open', 'close'];
  const svc = new DocumentService();
  for (const step of steps) {
    svc[step](doc);
  }
}

function routeBySwitch(msg) {
  switch (msg.type) {
    case 'rename': return handlers.rename(msg.payload);
    case 'archive': return handlers.archive(msg.payload);
    default: throw new Error('unknown command');
  }
}

module.exports = { DocumentService, onSocketMessage, runRpc, invokeApi, safeDispatch, heartbeat, runPipeline, routeBySwitch };
