import express from 'express';
import knex from './sql/connector';

/** A small HTML card of an entry and its latest comments, for embedding in READMEs and blogs. */
export const embedRouter = express.Router();

function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function renderComment(comment) {
  const when = new Date(comment.created_at).toISOString().slice(0, 10);
  // expect: xss
  return `<li><b>${escapeHtml(comment.posted_by)}</b> <time>${when}</time><p>${comment.content}</p></li>`;
}

embedRouter.get('/:owner/:name', async (req, res, next) => {
  try {
    const repoName = `${req.params.owner}/${req.params.name}`;
    const entry = await knex('entries').where({ repository_name: repoName }).first();
    if (!entry) {
      res.status(404).type('html').send(`<p>No entry for ${escapeHtml(repoName)}</p>`);
      return;
    }
    const comments = await knex('comments').where({ repository_name: repoName }).orderBy('created_at', 'desc').limit(5);
    const theme = req.query.theme === 'dark' ? 'dark' : 'light';
    res.type('html').send(`<!doctype html>
<html class="${theme}">
<head><meta charset="utf-8"><title>${escapeHtml(repoName)} on GitHunt</title></head>
<body>
  <h1><a href="https://github.com/${encodeURI(repoName)}" target="_blank" rel="noopener">${escapeHtml(repoName)}</a></h1>
  <p>Posted by ${escapeHtml(entry.posted_by)}</p>
  <ul>${comments.map(renderComment).join('')}</ul>
</body>
</html>`);
  } catch (err) {
    next(err);
  }
});
