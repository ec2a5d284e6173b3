const express = require('express');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: 'application/xml' }));

app.post('/import', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
  res.json({ items: doc.find('//item').length });
});

app.post('/import/v2', (req, res) => {
  const options = { noent: true, dtdload: true };
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, options);
  res.json({ root: doc.root().name() });
});

app.post('/import/safe', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});

module.exports = app;
