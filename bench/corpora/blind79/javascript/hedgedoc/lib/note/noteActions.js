'use strict'
const path = require('path')
const fs = require('fs')
const config = require('../config')
const logger = require('../logger')
const errors = require('../response')
const NoteRepository = require('../models/note')

const TEMPLATE_DIR = path.resolve(config.docsPath)

exports.downloadMarkdown = function (req, res, note) {
  const body = note.content
  let filename = note.title || 'untitled'
  filename = encodeURIComponent(filename)
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Content-Type': 'text/markdown; charset=UTF-8',
    'Cache-Control': 'private',
    'Content-disposition': 'attachment; filename=' + filename + '.md',
    'X-Robots-Tag': 'noindex, nofollow'
  })
  res.send(body)
}

exports.showTemplate = function (req, res) {
  const name = req.params.template
  const filePath = path.resolve(TEMPLATE_DIR, name + '.md')
  if (!filePath.startsWith(TEMPLATE_DIR + path.sep)) {
    return errors.errorBadRequest(req, res)
  }
  fs.readFile(filePath, 'utf8', (err, content) => {
    if (err) return errors.errorNotFound(req, res)
    res.type('text/markdown').send(content)
  })
}

exports.showDocsPage = function (req, res) {
  const page = req.params.page || 'features'
  const filePath = path.join(TEMPLATE_DIR, page + '.md')
  // expect: path-traversal
  fs.readFile(filePath, 'utf8', (err, content) => {
    if (err) return errors.errorNotFound(req, res)
    res.type('text/markdown').send(content)
  })
}

exports.notesByTag = async function (req, res) {
  if (!req.isAuthenticated()) return errors.errorForbidden(req, res)
  const tag = req.query.tag
  try {
    const notes = await NoteRepository.findByTag(req.user.id, tag)
    res.json({ notes })
  } catch (err) {
    logger.error('notesByTag failed: ' + err.message)
    errors.errorInternalError(req, res)
  }
}
