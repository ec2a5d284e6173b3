const Path = require('path')
const Logger = require('../Logger')
const Database = require('../Database')
const { reqSupportsWebp } = require('../utils/index')

class LibraryItemController {
  constructor() {}

  // GET api/items/:id/cover
  async getCover(req, res) {
    const { query: { width, height, format, raw }, libraryItem } = req
    if (raw) {
      return res.sendFile(libraryItem.media.coverPath)
    }
    const options = {
      format: format || (reqSupportsWebp(req) ? 'webp' : 'jpeg'),
      height: height ? parseInt(height) : null,
      width: width ? parseInt(width) : null
    }
    return this.cacheManager.handleCoverCache(res, libraryItem.id, libraryItem.media.coverPath, options)
  }

  // GET api/items/:id/file/:fileid
  async getLibraryFile(req, res) {
    const libraryFile = req.libraryItem.libraryFiles.find((lf) => lf.ino === req.params.fileid)
    if (!libraryFile) return res.sendStatus(404)
    // the path comes from the scanned item, not from the request
    res.sendFile(libraryFile.metadata.path)
  }

  async middleware(req, res, next) {
    req.libraryItem = await Database.libraryItemModel.getOldById(req.params.id)
    if (!req.libraryItem?.media) return res.sendStatus(404)
    if (!req.user.checkCanAccessLibraryItem(req.libraryItem)) {
      Logger.warn(`[LibraryItemController] User "${req.user.id}" attempted to access item without permission`)
      return res.sendStatus(403)
    }
    next()
  }
}
module.exports = new LibraryItemController()
