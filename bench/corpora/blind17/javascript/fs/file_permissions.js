// library: fs (key material and cache directories)
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const DATA = process.env.DATA_DIR || '/var/lib/app';

function writeApiKey(key) {
  // expect: file-permissions
  fs.writeFileSync(path.join(DATA, 'api-key'), key, { mode: 0o666 });
}

function prepareSecretsDir() {
  // expect: file-permissions
  fs.mkdirSync(path.join(DATA, 'secrets'), { recursive: true, mode: 0o777 });
}

function writePrivateKey(pem) {
  fs.writeFileSync(path.join(DATA, 'signing.pem'), pem, { mode: 0o600 });
}

function prepareKeysDir() {
  fs.mkdirSync(path.join(DATA, 'keys'), { recursive: true, mode: 0o700 });
}

function writePublicAssets(html) {
  fs.mkdirSync(path.join(DATA, 'public'), { recursive: true, mode: 0o755 });
  fs.writeFileSync(path.join(DATA, 'public', 'index.html'), html, { mode: 0o644 });
}

function rotate() {
  writePrivateKey(crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }));
}

module.exports = { writeApiKey, prepareSecretsDir, writePrivateKey, prepareKeysDir, writePublicAssets, rotate };
