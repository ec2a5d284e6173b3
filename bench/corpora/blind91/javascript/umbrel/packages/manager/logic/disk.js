const path = require('path');
const fs = require('fs').promises;

const constants = require('utils/const.js');

async function readJsonFile(filePath) {
  return JSON.parse(await fs.readFile(filePath, 'utf8'));
}

async function readUserFile() {
  return readJsonFile(constants.USER_FILE);
}

async function readAppRegistry() {
  return readJsonFile(path.join(constants.APPS_DIR, 'registry.json'));
}

async function readAppExportsFile(appId, fileName) {
  // expect: path-traversal
  return fs.readFile(path.join(constants.APP_DATA_DIR, appId, 'exports', fileName), 'utf8');
}

async function readAppManifest(appId) {
  return readJsonFile(path.join(constants.APPS_DIR, appId, 'umbrel-app.yml.json'));
}

module.exports = {
  readUserFile,
  readAppRegistry,
  readAppExportsFile,
  readAppManifest,
};
