// library: ejs (ejs.render of user-supplied template source)
const ejs = require('ejs');
const express = require('express');

const router = express.Router();
const INVOICE_TEMPLATE = '<h1>Invoice <%= number %></h1><p><%= customer %></p>';

router.post('/preview', (req, res) => {
  // expect: template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  res.send(html);
});

router.post('/emails/preview', async (req, res) => {
  const source = req.body.source || '<p>Hello <%= name %></p>';
  // expect: template-injection
  res.send(await ejs.render(source, { name: req.user.name }, { async: true }));
});

router.get('/invoice/:number', (req, res) => {
  res.send(ejs.render(INVOICE_TEMPLATE, { number: req.params.number, customer: req.query.customer }));
});

router.get('/profile', (req, res) => {
  res.render('profile', { name: req.query.name });
});

router.get('/receipt', async (req, res) => {
  res.send(await ejs.renderFile('views/receipt.ejs', { total: req.query.total }));
});

module.exports = router;
