// library: express (user-chosen property names)
import express from 'express';

const app = express();
app.use(express.json());

const prefs: Record<string, unknown> = {};
const headerDefaults: Record<string, string> = { 'x-app': 'shop' };

app.post('/prefs', (req, res) => {
  const { key, value } = req.body;
  // expect: remote-property-injection
  prefs[key] = value;
  res.json(prefs);
});

app.get('/headers', (req, res) => {
  const name = String(req.query.name);
  // expect: remote-property-injection
  headerDefaults[name] = String(req.query.value);
  res.set(headerDefaults).end();
});

const ALLOWED = new Set(['theme', 'language', 'timezone']);
const userPrefs = new Map<string, unknown>();

app.post('/prefs-safe', (req, res) => {
  const { key, value } = req.body;
  if (!ALLOWED.has(key)) return res.status(400).end();
  userPrefs.set(key, value);
  res.json(Object.fromEntries(userPrefs));
});

app.post('/prefs-null', (req, res) => {
  const bag: Record<string, unknown> = Object.create(null);
  bag[String(req.body.key)] = req.body.value;
  res.json(bag);
});

export default app;
