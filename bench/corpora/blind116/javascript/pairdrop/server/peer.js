import crypto from 'crypto';
import parser from 'ua-parser-js';

export default class Peer {
  constructor(socket, request, conf) {
    this.socket = socket;
    this._conf = conf;
    this._setIP(request);
    this._setPeerId(request);
    this._setName(request);
    this.roomSecrets = [];
    this.publicRoomId = null;
  }

  _setIP(request) {
    if (request.headers['cf-connecting-ip']) {
      this.ip = request.headers['cf-connecting-ip'].split(/\s*,\s*/)[0];
    } else if (request.headers['x-forwarded-for']) {
      this.ip = request.headers['x-forwarded-for'].split(/\s*,\s*/)[0];
    } else {
      this.ip = request.socket.remoteAddress ?? '';
    }
  }

  _setPeerId(request) {
    const searchParams = new URL(request.url, 'http://server').searchParams;
    const peerId = searchParams.get('peer_id');
    this.id = peerId && /^[0-9a-f-]{36}$/.test(peerId) ? peerId : crypto.randomUUID();
  }

  _setName(req) {
    const ua = parser(req.headers['user-agent']);
    this.name = {
      model: ua.device.model,
      os: ua.os.name,
      browser: ua.browser.name,
      deviceName: `${ua.os.name ?? ''} ${ua.browser.name ?? ''}`.trim(),
    };
  }
}
