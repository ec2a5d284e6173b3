const fs = require('fs');
const path = require('path');

const SCHEMA_ROOT = path.join(__dirname, '..', 'schema');
const TENANT_RE = /^[a-z0-9-]{1,40}$/;

function readDir(dir) {
  return fs.readdirSync(dir)
    .filter((name) => name.endsWith('.js') || name.endsWith('.yml'))
    .map((fileName) => ({ fileName, content: fs.readFileSync(path.join(dir, fileName), 'utf8') }));
}

function tenantSchemaFiles(tenant) {
  const dir = path.join(SCHEMA_ROOT, tenant || 'public');
  // expect: path-traversal
  const names = fs.readdirSync(dir).filter((name) => name.endsWith('.js') || name.endsWith('.yml'));
  return Promise.resolve(names.map((fileName) => ({ fileName, content: fs.readFileSync(path.join(dir, fileName), 'utf8') })));
}

function tenantSchemaFilesChecked(tenant) {
  const name = TENANT_RE.test(String(tenant)) ? tenant : 'public';
  return Promise.resolve(readDir(path.join(SCHEMA_ROOT, name)));
}

module.exports = { tenantSchemaFiles, tenantSchemaFilesChecked };
