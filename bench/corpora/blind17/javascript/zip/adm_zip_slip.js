// library: adm-zip
const AdmZip = require('adm-zip');
const fs = require('fs');
const path = require('path');

function unpackTheme(zipPath, themeDir) {
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const out = path.join(themeDir, entry.entryName);
    // expect: path-traversal
    fs.writeFileSync(out, entry.getData());
  }
}

function unpackPlugin(zipPath, pluginDir) {
  const root = path.resolve(pluginDir);
  const zip = new AdmZip(zipPath);
  for (const entry of zip.getEntries()) {
    if (entry.isDirectory) continue;
    const out = path.resolve(root, entry.entryName);
    if (!out.startsWith(root + path.sep)) {
      throw new Error(`refusing entry outside plugin dir: ${entry.entryName}`);
    }
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, entry.getData());
  }
}

function unpackAll(zipPath, dir) {
  // adm-zip's own extractAllTo sanitises entry names
  new AdmZip(zipPath).extractAllTo(dir, true);
}

module.exports = { unpackTheme, unpackPlugin, unpackAll };
