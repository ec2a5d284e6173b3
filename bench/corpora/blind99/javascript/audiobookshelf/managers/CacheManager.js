const Path = require('path')
const fs = require('../libs/fsExtra')
const { resizeImage } = require('../utils/ffmpegHelpers')

const ALLOWED_FORMATS = { webp: 'webp', jpeg: 'jpeg', jpg: 'jpeg' }

class CacheManager {
  constructor() {
    this.CachePath = Path.join(global.MetadataPath, 'cache')
    this.CoverCachePath = Path.join(this.CachePath, 'covers')
  }

  async handleCoverCache(res, libraryItemId, coverPath, options = {}) {
    const format = options.format || 'webp'
    const width = options.width || 400
    const height = options.height || null
    res.type(`image/${format}`)

    const cachePath = Path.join(this.CoverCachePath, `${libraryItemId}_${width}${height ? `x${height}` : ''}.${format}`)
    // expect: path-traversal
    const existing = await fs.pathExists(cachePath) && fs.createReadStream(cachePath)
    if (existing) return existing.pipe(res)

    const writtenFile = await resizeImage(coverPath, cachePath, width, height)
    if (!writtenFile) return res.sendStatus(500)
    return res.sendFile(writtenFile)
  }

  async handleThumbnailCache(res, libraryItemId, coverPath, options = {}) {
    const format = ALLOWED_FORMATS[options.format] || 'webp'
    const width = Number.isInteger(options.width) ? options.width : 400
    const cachePath = Path.join(this.CoverCachePath, `${libraryItemId}_${width}.${format}`)
    if (await fs.pathExists(cachePath)) return fs.createReadStream(cachePath).pipe(res)
    const writtenFile = await resizeImage(coverPath, cachePath, width, null)
    return res.sendFile(writtenFile)
  }
}
module.exports = CacheManager
