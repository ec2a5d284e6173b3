// Profile and settings updates arriving as raw JSON (HTTP bodies, queue messages, WebSocket frames).
const http = require('http');
const { WebSocketServer } = require('ws');
const { users, accounts } = require('./store');

const DEFAULT_PREFS = Object.freeze({ theme: 'light', locale: 'en', digest: 'weekly' });
const EDITABLE = ['displayName', 'bio', 'avatarUrl'];

function pick(obj, keys) {
  return Object.fromEntries(keys.filter((k) => Object.prototype.hasOwnProperty.call(obj, k)).map((k) => [k, obj[k]]));
}

function readBody(req) {
  return new Promise((resolve) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => resolve(raw));
  });
}

async function updateProfile(req, res) {
  const user = await users.get(req.headers['x-user-id']);
  const raw = await readBody(req);
  // expect: mass-assignment
  Object.assign(user, JSON.parse(raw));
  await users.save(user);
  res.end(JSON.stringify(user));
}

class SettingsService {
  constructor(account) {
    this.settings = { ...DEFAULT_PREFS, ...account.settings };
  }

  applyPatch(message) {
    const patch = JSON.parse(message.body);
    // expect: mass-assignment
    return Object.assign(this.settings, patch);
  }
}

function onAccountFrame(ws, account) {
  ws.on('message', async (data) => {
    // expect: mass-assignment
    const updated = Object.assign({}, account, JSON.parse(data.toString()).changes);
    await accounts.save(updated);
  });
}

// Safe: only allowlisted fields are copied out of the parsed body.
async function updateBio(req, res) {
  const user = await users.get(req.headers['x-user-id']);
  Object.assign(user, pick(JSON.parse(await readBody(req)), EDITABLE));
  await users.save(user);
  res.end('{}');
}

// Safe: parsing a constant and merging our own defaults.
const FEATURE_FLAGS = Object.assign({}, DEFAULT_PREFS, JSON.parse('{"beta": false, "newNav": true}'));

const server = http.createServer((req, res) => (req.url === '/bio' ? updateBio(req, res) : updateProfile(req, res)));
const wss = new WebSocketServer({ server });
wss.on('connection', (ws, req) => accounts.get(req.headers['x-account-id']).then((acc) => onAccountFrame(ws, acc)));

module.exports = { server, SettingsService, FEATURE_FLAGS };
