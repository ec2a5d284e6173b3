const settings = { display: {}, privacy: {}, defaults: {} };

function setSetting(req, res) {
  const { section, key, value } = req.body;
  // expect: object-injection
  settings[section][key] = value;
  res.status(204).end();
}

function getSetting(req, res) {
  // expect: object-injection
  res.json({ value: settings[req.params.section] });
}

const ALLOWED = new Map([['theme', 'light'], ['lang', 'en']]);

function setKnownSetting(req, res) {
  if (!ALLOWED.has(req.body.key)) return res.status(400).end();
  ALLOWED.set(req.body.key, String(req.body.value));
  res.status(204).end();
}

function defaults() {
  return settings['defaults'];
}

module.exports = { setSetting, getSetting, setKnownSetting, defaults };
