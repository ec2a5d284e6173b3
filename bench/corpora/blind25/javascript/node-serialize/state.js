// Restores UI state from cookies and uploaded files.
const serialize = require('node-serialize');
const yaml = require('js-yaml');

function restoreFromCookie(cookieValue) {
  const decoded = Buffer.from(cookieValue, 'base64').toString();
  // expect: deserialization
  return serialize.unserialize(decoded);
}

function restoreFromJson(cookieValue) {
  return JSON.parse(Buffer.from(cookieValue, 'base64').toString());
}

function loadWorkflow(text) {
  // expect: deserialization
  return yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
}

function loadWorkflowSafe(text) {
  return yaml.load(text, { schema: yaml.JSON_SCHEMA });
}

module.exports = { restoreFromCookie, restoreFromJson, loadWorkflow, loadWorkflowSafe };
