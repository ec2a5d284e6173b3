const Database = require('../Database')
const LibraryItem = require('../models/LibraryItem')

class SearchController {
  // GET api/search/books
  async findBooks(req, res) {
    const title = req.query.title || ''
    const author = req.query.author || ''
    const provider = req.query.provider || 'google'
    const results = await LibraryItem.searchLocal(title, author, provider)
    res.json(results)
  }

  // GET api/search/podcast
  async findPodcasts(req, res) {
    const term = req.query.term
    const limit = Number(req.query.limit) || 20
    res.json(await LibraryItem.searchPodcasts(term, limit))
  }
}
module.exports = new SearchController()
