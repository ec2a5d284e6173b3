const fs = require('fs')
const path = require('path')
const fetch = require('node-fetch')

const MEDIA_DIR = path.join(__dirname, '..', 'static', 'pics')

module.exports = async function downloadAndSave (url, fileName) {
  const dest = path.join(MEDIA_DIR, fileName)
  if (fs.existsSync(dest)) {
    return dest
  }
  // expect: ssrf
  const response = await fetch(url, { timeout: 10000 })
  const buffer = await response.buffer()
  // expect: path-traversal
  fs.writeFileSync(dest, buffer)
  return dest
}
