'use strict'
const Router = require('express').Router
const { urlencodedParser } = require('./utils')
const noteActions = require('../note/noteActions')
const NoteRepository = require('../models/note')
const errors = require('../response')
const logger = require('../logger')
const { getParam, getIntParam } = require('../utils')
const config = require('../config')

const noteRouter = module.exports = Router()

noteRouter.get('/templates/:template', noteActions.showTemplate)
noteRouter.get('/docs/:page', noteActions.showDocsPage)
noteRouter.get('/me/tags', noteActions.notesByTag)

noteRouter.get('/me/search', async function (req, res) {
  if (!req.isAuthenticated()) return errors.errorForbidden(req, res)
  const term = getParam(req, 'q', '')
  const sort = getParam(req, 'sort', 'updatedAt')
  const notes = await NoteRepository.searchOwnedNotes(req.user.id, term, sort)
  res.json({ notes })
})

noteRouter.get('/:noteId/revisions', async function (req, res) {
  const limit = getIntParam(req, 'limit', 20)
  const note = await NoteRepository.findByAlias(req.params.noteId)
  if (!note) return errors.errorNotFound(req, res)
  const revisions = await NoteRepository.revisionsSince(note.id, new Date(Date.now() - limit * 86400000))
  res.json({ revisions: revisions.slice(0, limit) })
})

noteRouter.post('/:noteId/publish', urlencodedParser, async function (req, res) {
  const note = await NoteRepository.findByAlias(req.params.noteId)
  if (!note) return errors.errorNotFound(req, res)
  const returnTo = getParam(req, 'returnTo', '')
  logger.info('published note ' + note.id)
  if (returnTo.startsWith('/') && !returnTo.startsWith('//')) {
    return res.redirect(config.serverURL + returnTo)
  }
  res.redirect(config.serverURL + '/s/' + note.shortid)
})

noteRouter.get('/:noteId/goto', async function (req, res) {
  const note = await NoteRepository.findByAlias(req.params.noteId)
  if (!note) return errors.errorNotFound(req, res)
  const target = getParam(req, 'url', config.serverURL + '/' + note.alias)
  logger.info('redirecting from note ' + note.id)
  // expect: open-redirect
  res.redirect(target)
})

noteRouter.get('/:noteId/embed', async function (req, res) {
  const note = await NoteRepository.findByAlias(req.params.noteId)
  if (!note) return errors.errorNotFound(req, res)
  const theme = getParam(req, 'theme', 'light')
  const css = theme === 'dark' ? 'embed-dark.css' : 'embed-light.css'
  res.send('<!doctype html><link rel="stylesheet" href="/css/' + css + '"><div id="doc"></div>')
})

noteRouter.post('/:noteId/feedback', urlencodedParser, async function (req, res) {
  const message = getParam(req, 'message', '')
  // expect: log-injection
  logger.info('feedback for note ' + req.params.noteId + ': ' + message)
  res.sendStatus(204)
})
