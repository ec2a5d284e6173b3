import express, { NextFunction, Request, Response } from 'express';

const router = express.Router();
const prefsByUser: Record<string, Record<string, unknown>> = {};
const ALLOWED_KEYS = new Set(['theme', 'locale', 'pageSize']);

router.post('/prefs', function setPref(req, res) {
  const prefs = (prefsByUser[res.locals.userId] ||= {});
  // expect: prototype-pollution
  prefs[req.body.key] = req.body.value;
  res.json(prefs);
});

router.put('/prefs/:section', function setSection(req, res, next) {
  const section = req.params.section;
  const store = (prefsByUser[res.locals.userId] ||= {});
  // expect: prototype-pollution
  store[section] = req.body;
  next();
});

router.get('/flags', function toggle(req, res) {
  const flags: Record<string, boolean> = {};
  // expect: prototype-pollution
  flags[req.query.flag as string] = req.query.on === '1';
  res.json(flags);
});

router.patch('/headers', ({ body }: Request, res: Response, next: NextFunction) => {
  const custom: Record<string, string> = {};
  // expect: prototype-pollution
  custom[body.name] = body.value;
  res.locals.custom = custom;
  next();
});

router.post('/prefs/theme', function setTheme(req, res) {
  const prefs = (prefsByUser[res.locals.userId] ||= {});
  prefs['theme'] = req.body.theme;
  res.json(prefs);
});

router.post('/prefs/safe', function setSafe(req, res) {
  const key = String(req.body.key);
  if (!ALLOWED_KEYS.has(key)) {
    return res.status(400).json({ error: 'unknown preference' });
  }
  const prefs = new Map(Object.entries(prefsByUser[res.locals.userId] || {}));
  prefs.set(key, req.body.value);
  res.json(Object.fromEntries(prefs));
});

export default router;
