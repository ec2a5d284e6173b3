const express = require('express');

function isLocal(target) {
  return typeof target === 'string' && /^\/(?!\/)[\w\-/?=&.]*$/.test(target);
}

module.exports = function (keycloak) {
  const router = express.Router();

  router.get('/login', keycloak.protect(), (req, res) => {
    const next = req.query.next || '/';
    // expect: open-redirect
    res.redirect(next);
  });

  router.get('/login-checked', keycloak.protect(), (req, res) => {
    const next = isLocal(req.query.next) ? req.query.next : '/';
    res.redirect(next);
  });

  return router;
};
