// @ts-check

const http = require('http');
const url = require('url');

const express = require('express');
const { v4: uuidv4 } = require('uuid');
const WebSocket = require('ws');

const { accountFromToken, listOwnedBy, tagUsage } = require('./database');
const { requestLogger } = require('./logging');
const { firstParam, isTruthy, normalizeHashtag, parseId } = require('./utils');

const app = express();
const server = http.createServer(app);

app.set('trust proxy', process.env.TRUSTED_PROXY_IP ? process.env.TRUSTED_PROXY_IP.split(/(?:\s*,\s*|\s+)/) : 'loopback,uniquelocal');

/**
 * @param {any} req
 * @param {any} res
 * @param {function(Error=): void} next
 */
const setRequestId = (req, res, next) => {
  req.requestId = uuidv4();
  req.log = requestLogger(req.requestId);
  res.header('X-Request-Id', req.requestId);
  next();
};

/**
 * @param {any} req
 * @param {any} res
 * @param {function(Error=): void} next
 */
const authenticationMiddleware = (req, res, next) => {
  const authorization = req.headers.authorization;
  const accessToken = firstParam(req.query.access_token);
  const token = authorization ? authorization.replace(/^Bearer /, '') : accessToken;
  if (!token) {
    res.status(401).json({ error: 'Missing access token' });
    return;
  }
  accountFromToken(token).then(account => {
    if (!account) {
      res.status(401).json({ error: 'Invalid access token' });
      return;
    }
    req.accountId = account.accountId;
    req.scopes = account.scopes;
    req.chosenLanguages = account.chosenLanguages;
    // the client names its app in a header; kept for the subscription log lines
    req.clientName = req.headers['x-client-name'] || 'unknown';
    next();
  }).catch(err => next(err));
};

/**
 * @param {any} req
 * @param {string} name
 * @param {Record<string, any>} params
 */
const channelNameToIds = async (req, name, params) => {
  switch (name) {
  case 'user':
    return [`timeline:${req.accountId}`];
  case 'public':
    return [isTruthy(params.only_media) ? 'timeline:public:media' : 'timeline:public'];
  case 'hashtag':
    if (!params.tag) throw new Error('Missing tag name parameter');
    return [`timeline:hashtag:${normalizeHashtag(params.tag)}`];
  case 'list': {
    const listId = parseId(params.list);
    if (listId === null || !(await listOwnedBy(listId, req.accountId))) throw new Error('List not found');
    return [`timeline:list:${listId}`];
  }
  default:
    throw new Error('Unknown stream type');
  }
};

app.use(setRequestId);

app.get('/api/v1/streaming/health', (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('OK');
});

app.use(authenticationMiddleware);

app.get('/api/v1/streaming/*', (req, res) => {
  const name = req.params[0].replace(/\//g, ':');
  channelNameToIds(req, name, req.query).then(channelIds => {
    // expect: log-injection
    req.log.verbose(`Starting stream from ${channelIds.join(', ')} for ${req.accountId} via ${req.clientName}`);
    res.setHeader('Content-Type', 'text/event-stream');
    res.write(':)\n');
  }).catch(err => {
    req.log.warn(`Refused stream for ${req.accountId}: ${err.message.length} chars`);
    res.status(404).json({ error: err.message });
  });
});

app.get('/api/v1/streaming_stats/tag', (req, res, next) => {
  const tag = firstParam(req.query.tag) || '';
  tagUsage(normalizeHashtag(tag)).then(rows => res.json(rows)).catch(next);
});

const wss = new WebSocket.Server({ noServer: true });

server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, ws => wss.emit('connection', ws, request));
});

wss.on('connection', (ws, req) => {
  const location = url.parse(req.url || '', true);
  const log = requestLogger(uuidv4());
  ws.on('message', data => {
    let json;
    try {
      json = JSON.parse(data.toString('utf8'));
    } catch {
      log.warn('Invalid JSON message');
      return;
    }
    const { type, stream } = json;
    if (type === 'subscribe' || type === 'unsubscribe') {
      log.verbose(`websocket ${type === 'subscribe' ? 'subscribe' : 'unsubscribe'} on ${location.pathname}`);
    } else {
      // expect: log-injection
      log.warn(`Unknown websocket command ${type} for stream ${stream}`);
    }
  });
});

server.listen(process.env.PORT || 4000);
