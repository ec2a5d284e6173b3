const express = require('express');
const http = require('http');
const sanitizer = require('sanitizer');
const { db } = require('./lib/data');
const { scrubText, trimText } = require('./lib/scrub');
const backup = require('./lib/backup');

const app = express();
const server = http.createServer(app);
const io = require('socket.io')(server);
app.use(express.json());

io.on('connection', (client) => {
  client.on('message', async (message) => {
    const room = client.data.room;
    switch (message.action) {
      case 'joinRoom':
        client.data.room = message.data;
        client.join(message.data);
        // expect: log-injection
        console.log(`client ${client.id} joined room ${message.data}`);
        break;
      case 'createCard': {
        const d = message.data;
        await db.createCard(room, String(d.id), { id: String(d.id), text: trimText(d.text), x: Number(d.x), y: Number(d.y) });
        client.to(room).emit('message', message);
        break;
      }
      case 'editCard':
        await db.cardEdit(room, String(message.data.id), scrubText(message.data.value));
        break;
      default:
        console.log('unknown action', JSON.stringify(message.action));
    }
  });
});

app.get('/export/:room', async (req, res) => {
  const cards = await db.getAllCards(req.params.room);
  const items = cards.map((c) => `<li class="card">${c.text}</li>`).join('\n');
  // expect: xss
  res.send(`<!doctype html><title>Board</title><ul>${items}</ul>`);
});

app.get('/export-safe/:room', async (req, res) => {
  const cards = await db.getAllCards(req.params.room);
  const items = cards.map((c) => `<li class="card">${sanitizer.escape(c.text)}</li>`).join('\n');
  res.send(`<!doctype html><title>Board</title><ul>${items}</ul>`);
});

app.post('/backup/:room', async (req, res) => {
  const cards = await db.getAllCards(req.params.room);
  await (req.query.safe ? backup.saveBackupChecked(req.params.room, cards) : backup.saveBackup(req.params.room, cards));
  res.json({ ok: true });
});

app.post('/import/:room', async (req, res) => {
  const source = req.body.url;
  // expect: ssrf
  const upstream = await fetch(source);
  const cards = await upstream.json();
  for (const c of cards) await db.createCard(req.params.room, String(c.id), { id: String(c.id), text: scrubText(c.text), x: 0, y: 0 });
  res.json({ imported: cards.length });
});

server.listen(process.env.PORT || 8080);
