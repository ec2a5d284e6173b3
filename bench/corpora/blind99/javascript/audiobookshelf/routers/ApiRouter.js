const express = require('express')
const LibraryItemController = require('../controllers/LibraryItemController')
const PodcastController = require('../controllers/PodcastController')
const ToolsController = require('../controllers/ToolsController')
const SearchController = require('../controllers/SearchController')

class ApiRouter {
  constructor(Server) {
    this.auth = Server.auth
    this.cacheManager = Server.cacheManager
    this.taskManager = Server.taskManager
    this.router = express()
    this.router.disable('x-powered-by')
    this.init()
  }

  init() {
    this.router.get('/items/:id/cover', LibraryItemController.middleware.bind(this), LibraryItemController.getCover.bind(this))
    this.router.get('/items/:id/file/:fileid', LibraryItemController.middleware.bind(this), LibraryItemController.getLibraryFile.bind(this))
    this.router.post('/podcasts/feed', PodcastController.getPodcastFeed.bind(this))
    this.router.post('/podcasts/opml/parse', PodcastController.getFeedsFromOPMLText.bind(this))
    this.router.post('/tools/item/:id/encode-m4b', LibraryItemController.middleware.bind(this), ToolsController.encodeM4b.bind(this))
    this.router.get('/search/books', SearchController.findBooks.bind(this))
    this.router.get('/search/podcast', SearchController.findPodcasts.bind(this))
  }
}
module.exports = ApiRouter
