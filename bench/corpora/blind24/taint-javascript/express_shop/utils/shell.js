// Wrappers around external tools.
const { exec, execFile } = require('child_process');

function zipFolder(folder, archiveName) {
  return new Promise((resolve, reject) => {
    // expect: command-injection
    exec(`zip -r /tmp/${archiveName}.zip ${folder}`, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

function zipFolderSafe(folder, archiveName) {
  return new Promise((resolve, reject) => {
    execFile('zip', ['-r', `/tmp/${archiveName}.zip`, '--', folder], (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

module.exports = { zipFolder, zipFolderSafe };
