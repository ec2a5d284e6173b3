'use strict';

const fs = require('fs/promises');
const path = require('path');
const { promisify } = require('util');

const OUT_DIR = process.env.OUT_DIR || '/tmp/out';
let redisClient = null;

function resize(buffer, width) {
  // expect: lazy-require
  const sharp = require('sharp');
  return sharp(buffer).resize({ width }).webp().toBuffer();
}

async function exportPdf(doc) {
  // expect: lazy-require
  const PDFDocument = require('pdfkit');
  const pdf = new PDFDocument();
  pdf.text(doc.title);
  pdf.end();
  return pdf;
}

function getClient() {
  if (!redisClient) {
    // expect: lazy-require
    redisClient = require('redis').createClient({ url: process.env.REDIS_URL });
  }
  return redisClient;
}

const parsers = {
  csv(text) {
    // expect: lazy-require
    return require('csv-parse/sync').parse(text, { columns: true });
  },
  json(text) {
    return JSON.parse(text);
  },
};

// Native ESM import() for an optional dependency, resolved paths and top-level requires.
async function optimise(buffer) {
  const { default: imagemin } = await import('imagemin');
  return imagemin.buffer(buffer);
}

function pluginPath(name) {
  return require.resolve(`@acme/image-plugin-${name === 'avif' ? 'avif' : 'webp'}`);
}

const sleep = promisify(setTimeout);

async function writeOut(name, data) {
  await fs.mkdir(OUT_DIR, { recursive: true });
  await fs.writeFile(path.join(OUT_DIR, path.basename(name)), data);
  await sleep(5);
}

module.exports = { resize, exportPdf, getClient, parsers, optimise, pluginPath, writeOut };
