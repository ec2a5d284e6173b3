const express = require('express');
const { Note } = require('../../models');
const response = require('../../response');

const noteRouter = express.Router();

noteRouter.get('/api/notes/search', async (req, res) => {
  if (!req.isAuthenticated()) return res.status(403).end();
  const { q, sort, safe } = req.query;
  const rows = safe ? await Note.searchByTitleSafe(req.user.id, q) : await Note.searchByTitle(req.user.id, q, sort);
  res.json(rows);
});

noteRouter.get('/:noteId', async (req, res) => {
  const id = await Note.parseNoteId(req.params.noteId);
  if (!id) return response.errorNotFound(req, res);
  const note = await Note.findByPk(id);
  if (note.permission === 'private' && (!req.user || req.user.id !== note.ownerId)) {
    return response.errorForbidden(req, res, req.params.noteId);
  }
  res.render('codimd.ejs', { title: note.title });
});

module.exports = noteRouter;
