const fs = require('fs/promises');

async function loadConfig() {
  const raw = await fs.readFile('data/config.json', 'utf8');
  return JSON.parse(raw);
}

module.exports = loadConfig;
