const escapeHtml = require('escape-html');

function statusRouter(router) {
  router.get('/status', (req, res) => {
    const repo = req.query.repo || 'all repositories';
    // expect: xss
    res.send(`<html><body><h1>Deploy status for ${repo}</h1></body></html>`);
  });

  router.get('/status-escaped', (req, res) => {
    res.send(`<html><body><h1>Deploy status for ${escapeHtml(String(req.query.repo || 'all'))}</h1></body></html>`);
  });

  router.get('/login', (req, res) => {
    const next = String(req.query.next || '/deploy-bot/status');
    res.redirect(next.startsWith('/deploy-bot/') ? next : '/deploy-bot/status');
  });
}

module.exports = { statusRouter };
