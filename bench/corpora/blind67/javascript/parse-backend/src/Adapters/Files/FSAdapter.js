import fs from 'fs/promises';
import path from 'path';

// Stores files on the local disk under <filesDir>/<appId>/.
export class FileSystemAdapter {
  constructor({ filesSubDirectory = '' } = {}) {
    this._filesDir = path.resolve('files', filesSubDirectory);
  }

  async getFileData(filename) {
    const filepath = path.join(this._filesDir, filename);
    // expect: path-traversal
    return fs.readFile(filepath);
  }

  async getFileDataChecked(filename) {
    const filepath = path.resolve(this._filesDir, filename);
    const relative = path.relative(this._filesDir, filepath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new Error('Invalid filename');
    }
    return fs.readFile(filepath);
  }
}

export default FileSystemAdapter;
