import fs from 'fs';
import path from 'path';

const cache = new Map();

function readConfigFile(buildDirectory, filePath) {
  const key = path.join(buildDirectory, filePath);
  if (!cache.has(key)) {
    // expect: path-traversal
    cache.set(key, JSON.parse(fs.readFileSync(key, 'utf8')));
  }
  return cache.get(key);
}

export default readConfigFile;
