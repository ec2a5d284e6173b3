'use strict';

function escapeAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function loginPage(csrfToken, username, escaped) {
  const shown = escaped ? escapeAttr(username) : username;
  return `<!DOCTYPE html><html><body><form method="post" action="login"><input type="hidden" name="_csrf" value="${csrfToken}"/><input name="username" value="${shown}"/><input type="password" name="password"/></form></body></html>`;
}

module.exports = { loginPage };
