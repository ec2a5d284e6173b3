'use strict';

import path from 'node:path';
import fsp from 'node:fs/promises';

export const allowedScales = new Set([1, 2, 3, 4]);

export function fixTileJSONCenter(tileJSON) {
  if (tileJSON.bounds && !tileJSON.center) {
    const fitWidth = 1024;
    const tiles = fitWidth / 256;
    tileJSON.center = [
      (tileJSON.bounds[0] + tileJSON.bounds[2]) / 2,
      (tileJSON.bounds[1] + tileJSON.bounds[3]) / 2,
      Math.round(-Math.log((tileJSON.bounds[2] - tileJSON.bounds[0]) / 360 / tiles) / Math.LN2),
    ];
  }
}

export async function getFontPbf(allowedFonts, fontPath, name, range) {
  if (!allowedFonts || !allowedFonts[name]) {
    throw new Error(`Font not allowed`);
  }
  if (!/^\d+-\d+$/.test(range)) {
    throw new Error('Invalid range');
  }
  const filename = path.join(fontPath, allowedFonts[name].dir, `${range}.pbf`);
  return fsp.readFile(filename);
}

export async function getLocalFontPbf(fontPath, name, range) {
  // expect: path-traversal
  return fsp.readFile(path.join(fontPath, name, `${range}.pbf`));
}

export function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function getPublicUrl(publicUrl, req) {
  if (publicUrl) {
    return publicUrl;
  }
  return `${req.protocol}://${req.headers.host}/`;
}
