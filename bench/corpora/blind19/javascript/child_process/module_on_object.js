// child_process: the module kept on an object / class field
const deps = {
  cp: require('node:child_process'),
  fs: require('fs'),
};

class Unpacker {
  constructor(shell = require('child_process')) {
    this.shell = shell;
  }

  unpack(archivePath, destDir) {
    // expect: command-injection
    this.shell.execSync('unzip -o ' + archivePath + ' -d ' + destDir);
  }

  unpackSafely(archivePath, destDir) {
    this.shell.execFileSync('unzip', ['-o', archivePath, '-d', destDir]);
  }

  version() {
    return this.shell.execSync('unzip -v').toString().split('\n')[0];
  }
}

function thumbnail(upload) {
  const target = `/tmp/thumbs/${upload.id}.png`;
  // expect: command-injection
  deps.cp.exec(`ffmpeg -i ${upload.originalName} -frames:v 1 ${target}`);
  return target;
}

function thumbnailSafely(upload) {
  const target = `/tmp/thumbs/${upload.id}.png`;
  deps.cp.execFile('ffmpeg', ['-i', upload.storedPath, '-frames:v', '1', target]);
  return target;
}

function cleanup() {
  if (deps.fs.existsSync('/tmp/thumbs')) deps.cp.execSync('rm -rf /tmp/thumbs/*.tmp');
}

module.exports = { Unpacker, thumbnail, thumbnailSafely, cleanup };
