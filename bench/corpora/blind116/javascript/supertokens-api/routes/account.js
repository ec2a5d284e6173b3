const express = require('express');
const { verifySession } = require('supertokens-node/recipe/session/framework/express');
const { importAvatar, importAvatarChecked } = require('../services/avatar');
const { auditStructured } = require('../services/audit');

const router = express.Router();

router.post('/avatar', verifySession(), async (req, res) => {
  const userId = req.session.getUserId();
  const source = req.body.avatarUrl;
  const stored = req.body.strict ? await importAvatarChecked(userId, source) : await importAvatar(userId, source);
  auditStructured('avatar', { userId, source });
  res.json({ stored });
});

router.get('/after-verify', verifySession(), (req, res) => {
  const next = req.query.redirectToPath;
  if (typeof next === 'string' && /^\/[a-z0-9/_-]*$/i.test(next)) {
    return res.redirect(next);
  }
  res.redirect('/dashboard');
});

router.get('/continue', (req, res) => {
  let next = req.query.next;
  if (!next) next = '/dashboard';
  // expect: open-redirect
  res.redirect(302, next);
});

module.exports = router;
