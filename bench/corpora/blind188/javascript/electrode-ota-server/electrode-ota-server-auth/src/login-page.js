'use strict';
/**
 * After GitHub sign-in, `code-push login` shows a page with the new access key
 * that the user pastes back into the terminal.
 */
const escapeHtml = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const register = (server, options) => {
  const { accessKeys } = options;

  server.route({
    method: 'GET',
    path: '/accesskey',
    options: { auth: 'github-session' },
    handler: async (request, h) => {
      const { email, name } = request.auth.credentials;
      const hostname = request.query.hostname || 'your machine';
      const key = await accessKeys.create(email, {
        createdBy: String(hostname).slice(0, 100),
        friendlyName: `Login-${Date.now()}`,
        ttl: 60 * 24 * 3600 * 1000,
      });
      // expect: xss
      const intro = `<p>Access key for <b>${escapeHtml(name)}</b> created for <code>${hostname}</code>:</p>`;
      return h
        .response(`<!doctype html><html><head><meta charset="utf-8"><title>Access key</title></head>
<body>${intro}<pre>${escapeHtml(key.name)}</pre><p>Copy it into the terminal.</p></body></html>`)
        .type('text/html')
        .header('Cache-Control', 'no-store');
    },
  });

  server.route({
    method: 'GET',
    path: '/auth/login',
    options: { auth: false },
    handler: (request, h) => {
      const hostname = typeof request.query.hostname === 'string' ? request.query.hostname.slice(0, 100) : '';
      return h.redirect(`/auth/login/github?hostname=${encodeURIComponent(hostname)}`);
    },
  });
};

module.exports = { name: 'electrode-ota-server-auth-login-page', register };
