const bus = require('../lib/bus');
const { saveMessage, history, findMessages } = require('../lib/store');

const ROOM_RE = /^[a-z0-9-]{1,40}$/;

async function handleFrame(conn, socketId, frame) {
  const { type, room = 'lobby', text = '', ...rest } = frame;
  switch (type) {
    case 'join':
      if (!ROOM_RE.test(room)) throw new Error('bad room');
      conn.rooms.add(room);
      conn.ws.send(JSON.stringify({ type: 'history', items: await history(room, rest.limit) }));
      return;
    case 'say':
      await saveMessage({ room, from: conn.nick, text, at: Date.now() });
      bus.publishMessage(room, conn.nick, text);
      return;
    case 'search': {
      const criteria = { room, ...rest.filter };
      const items = await findMessages(criteria);
      conn.ws.send(JSON.stringify({ type: 'results', items }));
      return;
    }
    case 'search-text': {
      const items = await findMessages({ room: String(room), text: { $regex: escapeRegex(String(text)), $options: 'i' } });
      conn.ws.send(JSON.stringify({ type: 'results', items }));
      return;
    }
    case 'command':
      bus.publishCommand(String(rest.name || ''), rest.args || [], socketId);
      return;
    default:
      throw new Error('unknown frame type');
  }
}

function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { handleFrame };
