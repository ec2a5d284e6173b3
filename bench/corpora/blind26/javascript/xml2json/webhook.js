const express = require('express');
const parser = require('xml2json');

const app = express();
app.use(express.text({ type: '*/xml' }));

app.post('/webhook', function (req, res) {
  // expect: xxe
  const event = parser.toJson(req.body, { object: true });
  res.json({ received: event.notification.id });
});

app.get('/convert', function (req, res) {
  const xml = req.query.xml;
  // expect: xxe
  res.type('json').send(parser.toJson(xml));
});

app.get('/sample', function (req, res) {
  res.type('json').send(parser.toJson('<note><to>ops</to></note>'));
});

module.exports = app;
