const DEFAULTS = Object.freeze({ theme: 'light', digest: 'weekly', locale: 'en' });

async function updateSettings(req, res) {
  const user = await req.app.locals.users.findById(req.user.id);
  const incoming = JSON.parse(req.body.settings);
  // expect: code-injection
  Object.assign(user.settings, incoming);
  await user.save();
  res.json(user.settings);
}

function onOrderPatch(channel, msg, orders) {
  const patch = JSON.parse(msg.content.toString());
  const order = orders.get(patch.id);
  // expect: code-injection
  Object.assign(order, patch);
  channel.ack(msg);
}

exports.handler = async (event) => {
  const record = await loadRecord(event.pathParameters.id);
  // expect: code-injection
  Object.assign(record, JSON.parse(event.body));
  await saveRecord(record);
  return { statusCode: 200, body: JSON.stringify(record) };
};

async function updateProfile(req, res) {
  const { displayName, timezone } = JSON.parse(req.body.profile);
  Object.assign(req.user, { displayName: String(displayName), timezone: String(timezone) });
  await req.user.save();
  res.json({ ok: true });
}

function darkDefaults() {
  return Object.assign({}, DEFAULTS, { theme: 'dark' });
}

async function loadRecord(id) { return { id }; }
async function saveRecord(record) { return record; }

exports.updateSettings = updateSettings;
exports.onOrderPatch = onOrderPatch;
exports.updateProfile = updateProfile;
exports.darkDefaults = darkDefaults;
