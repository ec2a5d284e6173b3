const express = require('express');
const { readDoc, readDocChecked } = require('../lib/docs');

module.exports = function (gatewayExpressApp) {
  const router = express.Router();

  router.get('/portal/docs/:file', (req, res) => {
    res.type('text/plain').send(readDoc(req.params.file));
  });

  router.get('/portal/docs-v2/:file', (req, res) => {
    const body = readDocChecked(req.params.file);
    if (body === null) return res.sendStatus(404);
    res.type('text/plain').send(body);
  });

  router.get('/portal/logout', (req, res) => {
    res.clearCookie('portal_session');
    // expect: open-redirect
    res.redirect(req.query.return_to || '/portal');
  });

  router.get('/portal/login', (req, res) => {
    const next = String(req.query.next || '/portal');
    const safe = next.startsWith('/') && !next.startsWith('//') ? next : '/portal';
    res.redirect(safe);
  });

  gatewayExpressApp.use(router);
};
