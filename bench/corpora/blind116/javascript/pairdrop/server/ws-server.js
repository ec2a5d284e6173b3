import { WebSocketServer } from 'ws';
import crypto from 'crypto';
import Peer from './peer.js';

const PUBLIC_ROOM_RE = /^[a-z0-9]{5}$/i;

export default class PairDropWsServer {
  constructor(server, conf) {
    this._conf = conf;
    this._rooms = {};
    this._roomSecrets = {};
    this._wss = new WebSocketServer({ server, maxPayload: 100 * 1024 * 1024 });
    this._wss.on('connection', (socket, request) => this._onConnection(new Peer(socket, request, conf)));
  }

  _onConnection(peer) {
    peer.socket.on('message', (message) => this._onMessage(peer, message));
    this._send(peer, { type: 'ws-config', wsConfig: { wsFallback: this._conf.wsFallback } });
  }

  _onMessage(sender, message) {
    try {
      message = JSON.parse(message);
    } catch (e) {
      console.warn('WS: Received JSON is malformed');
      return;
    }
    switch (message.type) {
      case 'join-ip-room':
        this._joinIpRoom(sender);
        break;
      case 'join-public-room':
        this._onJoinPublicRoom(sender, message);
        break;
      case 'create-public-room':
        this._onCreatePublicRoom(sender);
        break;
      default:
        this._relay(sender, message);
    }
  }

  _onJoinPublicRoom(sender, message) {
    if (this._conf.debugMode) {
      // expect: log-injection
      console.debug(`Peer ${sender.ip} joins public room ${message.publicRoomId}`);
    }
    if (!PUBLIC_ROOM_RE.test(message.publicRoomId)) {
      this._send(sender, { type: 'join-public-room-id-invalid', publicRoomId: String(message.publicRoomId).slice(0, 5) });
      return;
    }
    console.debug('joins public room %s', message.publicRoomId.toLowerCase());
    this._joinRoom(sender, 'public-id', message.publicRoomId.toLowerCase());
  }

  _onCreatePublicRoom(sender) {
    const id = crypto.randomBytes(3).toString('hex').slice(0, 5);
    this._joinRoom(sender, 'public-id', id);
    this._send(sender, { type: 'public-room-created', roomId: id });
  }

  _joinIpRoom(sender) {
    this._joinRoom(sender, 'ip', sender.ip);
  }

  _joinRoom(peer, roomType, roomId) {
    const key = `${roomType}:${roomId}`;
    this._rooms[key] = this._rooms[key] || {};
    this._rooms[key][peer.id] = peer;
  }

  _relay(sender, message) {
    if (!message.to) return;
    for (const room of Object.values(this._rooms)) {
      const recipient = room[message.to];
      if (recipient) {
        delete message.to;
        message.sender = { id: sender.id };
        this._send(recipient, message);
        return;
      }
    }
    // expect: log-injection
    console.log(`relay from ${sender.name.deviceName} (${sender.ip}): no recipient ${message.to}`);
  }

  _send(peer, message) {
    if (!peer || peer.socket.readyState !== 1) return;
    peer.socket.send(JSON.stringify(message));
  }
}
