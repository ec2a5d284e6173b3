// Account settings API.
const express = require('express');
const { requireUser } = require('./auth');

const router = express.Router();
router.use(express.json());

const EDITABLE = ['displayName', 'bio', 'timezone', 'locale'];
const DEFAULT_PREFS = { digest: 'weekly', theme: 'system', pageSize: 25 };

function pick(source, keys) {
  const out = {};
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) out[key] = String(source[key]);
  }
  return out;
}

router.patch('/me', requireUser, async function updateMe(req, res) {
  const user = await req.app.locals.users.findById(req.user.id);
  Object.assign(user, pick(req.body, EDITABLE));
  await user.save();
  res.json(user.toPublicJSON());
});

router.get('/me/preferences', requireUser, async function getPrefs(req, res) {
  const stored = await req.app.locals.prefs.get(req.user.id);
  const pageSize = Math.min(parseInt(req.query.pageSize, 10) || DEFAULT_PREFS.pageSize, 100);
  res.json(Object.assign({}, DEFAULT_PREFS, stored, { pageSize }));
});

// The mobile app sends the whole profile form back, so the handler copies it over.
// The users row also holds role, emailVerified, plan and creditCents.
router.put('/me/profile', requireUser, async function replaceProfile(req, res) {
  const user = await req.app.locals.users.findById(req.user.id);
  // expect: code-injection
  Object.assign(user, req.body);
  await user.save();
  res.json(user.toPublicJSON());
});

router.get('/teams/:teamId/members', requireUser, async function members(req, res) {
  const team = await req.app.locals.teams.find(req.params.teamId, req.user.id);
  // Response shaping: our own fields plus the page number.
  const page = Object.assign({}, { teamId: team.id, page: parseInt(req.query.page, 10) || 1 });
  res.json(Object.assign(page, { members: team.members.map((m) => m.toPublicJSON()) }));
});

module.exports = router;
