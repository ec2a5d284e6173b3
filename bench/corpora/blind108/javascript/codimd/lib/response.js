const escapeHtml = require('escape-html');

function errorNotFound(req, res) {
  res.status(404).render('error.ejs', { title: '404 Not Found', code: 404, detail: 'Not Found' });
}

function errorBadRequest(res, detail) {
  res.status(400).type('html');
  res.send(`<h1>400 Bad Request</h1><p>${escapeHtml(detail)}</p>`);
}

function errorForbidden(req, res, noteId) {
  res.status(403).type('html');
  // expect: xss
  res.send(`<h1>403 Forbidden</h1><p>You cannot view note ${noteId}. <a href="/login">Sign in</a></p>`);
}

module.exports = { errorNotFound, errorBadRequest, errorForbidden };
