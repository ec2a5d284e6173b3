// Download helpers used by the content manager; the files land in the user's characters directory.
import fs from 'node:fs';
import path from 'node:path';
import fetch from 'node-fetch';
import sanitize from 'sanitize-filename';

async function save(response, dir, name) {
  const buffer = Buffer.from(await response.arrayBuffer());
  const fileName = sanitize(name) || `import-${Date.now()}.png`;
  await fs.promises.writeFile(path.join(dir, fileName), buffer);
  return { file: fileName, size: buffer.length };
}

export async function downloadFromProvider(base, id, dir) {
  const url = `${base}/${encodeURIComponent(id)}`;
  const response = await fetch(url, { timeout: 15000 });
  if (!response.ok) throw new Error(`Provider returned ${response.status}`);
  return save(response, dir, `${id}.png`);
}

export async function downloadFromUrl(rawUrl, dir) {
  const url = new URL(rawUrl);
  if (!['http:', 'https:'].includes(url.protocol)) throw new Error('Unsupported protocol');
  // expect: ssrf
  const response = await fetch(url.toString(), { timeout: 15000 });
  if (!response.ok) throw new Error(`Remote returned ${response.status}`);
  return save(response, dir, path.basename(url.pathname));
}

export function isSupportedImport(fileName) {
  const ext = path.extname(String(fileName)).toLowerCase();
  return ['.png', '.json', '.charx', '.yaml'].includes(ext);
}
