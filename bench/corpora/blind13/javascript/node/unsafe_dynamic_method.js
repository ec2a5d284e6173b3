// library: ws message router (method name taken from the message)
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: Number(process.env.WS_PORT) || 8081 });

const actions = {
  subscribe(client, payload) { client.topics.add(String(payload.topic)); },
  unsubscribe(client, payload) { client.topics.delete(String(payload.topic)); },
  ping(client) { client.send('pong'); },
};

wss.on('connection', (socket) => {
  const client = { topics: new Set(), send: (m) => socket.send(m) };

  socket.on('message', (raw) => {
    const msg = JSON.parse(raw.toString());
    // expect: unsafe-dynamic-method
    actions[msg.action](client, msg.payload);
  });
});

function dispatchSafe(client, msg) {
  if (!Object.hasOwn(actions, msg.action)) return client.send('unknown action');
  return actions[msg.action](client, msg.payload);
}

function callService(service, msg) {
  // expect: unsafe-dynamic-method
  return service[msg.method].apply(service, msg.args);
}

const HANDLERS = new Map([['ping', actions.ping], ['subscribe', actions.subscribe]]);
function dispatchMap(client, msg) {
  const handler = HANDLERS.get(msg.action);
  return handler ? handler(client, msg.payload) : undefined;
}

function globalCall(msg) {
  // expect: unsafe-dynamic-method
  return globalThis[msg.fn](...msg.args);
}

module.exports = { dispatchSafe, callService, dispatchMap, globalCall };
