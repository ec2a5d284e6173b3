const IDENTITIES = { agent: 'agent', session: 'session' };

const extractSessionInfo = (socket) => {
  const info = socket.handshake.query.sessionInfo ? socket.handshake.query.sessionInfo : '{}';
  socket.handshake.query.sessionInfo = info;
  return info;
};

const agentInfo = (socket) => {
  const raw = socket.handshake.query.agentInfo;
  return raw ? JSON.parse(raw) : { name: 'anonymous' };
};

const errorHandler = (listenerName, error) => {
  // expect: log-injection
  console.error(`Error detected from ${listenerName}\n${error}`);
};

module.exports = { IDENTITIES, extractSessionInfo, agentInfo, errorHandler };
