// library: express (request data used as an object key)
const express = require('express');

const router = express.Router();
const settingsByTenant = {};
const ALLOWED_FIELDS = new Set(['locale', 'timezone', 'currency']);

router.put('/tenants/:tenant/settings', express.json(), (req, res) => {
  const { tenant } = req.params;
  settingsByTenant[tenant] = settingsByTenant[tenant] || {};
  for (const [field, value] of Object.entries(req.body)) {
    if (!ALLOWED_FIELDS.has(field)) continue;
    // expect: prototype-pollution
    settingsByTenant[tenant][field] = String(value);
  }
  res.json(settingsByTenant[tenant]);
});

router.post('/flags', express.json(), (req, res) => {
  const flags = req.app.locals.flags;
  // expect: prototype-pollution
  flags[req.body.scope][req.body.name] = req.body.enabled;
  res.sendStatus(204);
});

const counters = new Map();
router.post('/metrics/:name', (req, res) => {
  counters.set(req.params.name, (counters.get(req.params.name) || 0) + 1);
  res.json({ count: counters.get(req.params.name) });
});

router.get('/labels', (req, res) => {
  const labels = Object.create(null);
  labels[req.query.key] = req.query.value;
  res.json(labels);
});

module.exports = router;
