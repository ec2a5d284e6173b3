const Logger = require('../Logger')
const AbMergeManager = require('../managers/AbMergeManager')

class ToolsController {
  // POST: api/tools/item/:id/encode-m4b
  async encodeM4b(req, res) {
    if (req.libraryItem.isMissing || req.libraryItem.isInvalid) {
      Logger.error(`[ToolsController] encodeM4b: library item not found or invalid ${req.libraryItem.id}`)
      return res.status(404).send('Audiobook not found')
    }
    const options = req.query || {}
    const bitrate = options.bitrate ?? '128k'
    const codec = ['aac', 'copy', 'opus'].includes(options.codec) ? options.codec : 'aac'
    this.taskManager.addTask(AbMergeManager.createEncodeTask(req.user, req.libraryItem, { bitrate, codec, channels: parseInt(options.channels) || 2 }))
    res.sendStatus(200)
  }
}
module.exports = new ToolsController()
