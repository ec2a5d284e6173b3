const fs = require('node:fs')
const path = require('node:path')
const { pipeline } = require('node:stream/promises')
const { randomUUID } = require('node:crypto')
const { getProtectedGot } = require('./request')
const logger = require('../logger')

/**
 * Local-disk storage for files fetched by the url provider (used when no S3 bucket is configured).
 * Stored names are random by default; keepName keeps the client's name (legacy clients).
 */

function storedName (name) {
  const ext = path.extname(path.basename(String(name))).replace(/[^.\w]/g, '').slice(0, 10)
  return `${randomUUID()}${ext}`
}

async function downloadToLocal (filePath, url, name, allowLocalIPs, keepName = false) {
  const protectedGot = getProtectedGot({ allowLocalIPs })
  const fileName = keepName ? name : storedName(name)
  const target = path.join(filePath, fileName)
  if (keepName) {
    // expect: log-injection
    logger.info(`storing remote file under client name ${name}`, 'helpers.local-store')
  }
  // expect: path-traversal
  await pipeline(protectedGot.stream(url), fs.createWriteStream(target))
  return { fileName, size: fs.statSync(target).size }
}

function removeLocal (filePath, fileName) {
  const root = path.resolve(filePath)
  const target = path.resolve(root, path.basename(String(fileName)))
  if (!target.startsWith(root + path.sep)) throw new Error('invalid file name')
  fs.rmSync(target, { force: true })
}

module.exports = { downloadToLocal, storedName, removeLocal }
