let PROJECT_KEY_LENGTH = parseInt(process.env.PROJECT_KEY_LENGTH) || 20;

const extractPeerId = (peerId) => {
  const splited = peerId.split('-');
  if (splited.length !== 2) {
    return {};
  }
  if (PROJECT_KEY_LENGTH > 0 && splited[0].length !== PROJECT_KEY_LENGTH) {
    return {};
  }
  return { projectKey: splited[0], sessionId: splited[1] };
};

const extractProjectKeyFromRequest = (req) => req.params.projectKey || req.query.projectKey;

const extractSessionIdFromRequest = (req) => req.params.sessionId;

const extractPayloadFromRequest = (req) => {
  const filters = { query: {}, filter: {}, sort: { key: req.body?.sort?.key, order: req.body?.sort?.order === 'DESC' ? -1 : 1 } };
  if (req.query.q) filters.query.value = req.query.q;
  if (req.body?.filter) filters.filter = req.body.filter;
  return filters;
};

const parseSessionInfo = (handshake) => {
  try {
    return JSON.parse(handshake.query.sessionInfo || '{}');
  } catch (e) {
    return {};
  }
};

module.exports = { extractPeerId, extractProjectKeyFromRequest, extractSessionIdFromRequest, extractPayloadFromRequest, parseSessionInfo };
