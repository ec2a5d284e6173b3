// Note sharing: a public page for a shared note and a markdown preview used by the editor.
const express = require('express');
const { marked } = require('marked');
const createDOMPurify = require('dompurify');
const { JSDOM } = require('jsdom');
const escapeHtml = require('escape-html');
const { requireAuth } = require('../middleware/auth');
const { Note } = require('../models');
const logger = require('../services/logService');

const DOMPurify = createDOMPurify(new JSDOM('').window);
const router = express.Router();

router.get('/shared/:uid', async (req, res) => {
  const note = await Note.findOne({ where: { share_uid: req.params.uid, shared: true } });
  if (!note) return res.status(404).send('Not found');
  const body = DOMPurify.sanitize(marked.parse(note.content || ''));
  const heading = escapeHtml(req.query.heading || note.title);
  res.send(`<!doctype html><title>${escapeHtml(note.title)}</title><h1>${heading}</h1><article>${body}</article>`);
});

router.post('/notes/preview', requireAuth, (req, res) => {
  const { content = '', sanitize = true } = req.body;
  const html = marked.parse(String(content));
  if (sanitize) {
    return res.type('html').send(DOMPurify.sanitize(html));
  }
  logger.info('unsanitized preview requested', { userId: req.currentUser.id });
  // expect: xss
  return res.type('html').send(html);
});

router.post('/notes/:id/share', requireAuth, async (req, res) => {
  const note = await Note.findOne({ where: { id: req.params.id, user_id: req.currentUser.id } });
  if (!note) return res.status(404).json({ error: 'Not found' });
  await note.update({ shared: true });
  // expect: log-injection
  logger.info(`note shared by ${req.currentUser.email} with label ${req.body.label}`);
  res.json({ share_uid: note.share_uid });
});

module.exports = router;
