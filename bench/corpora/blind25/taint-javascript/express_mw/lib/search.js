// Search helpers: query building and highlighting.
const { pool } = require('./pool');

function highlight(text, term) {
  return text.split(term).join(`<mark>${term}</mark>`);
}

async function searchArticles(opts) {
  const { term, lang = 'en' } = opts;
  // expect: sql-injection
  const res = await pool.query(`SELECT id, title FROM articles WHERE lang = '${lang}' AND title ILIKE '%${term}%'`);
  return res.rows;
}

async function searchArticlesSafe(opts) {
  const { term, lang = 'en' } = opts;
  const res = await pool.query('SELECT id, title FROM articles WHERE lang = $1 AND title ILIKE $2', [lang, `%${term}%`]);
  return res.rows;
}

module.exports = { highlight, searchArticles, searchArticlesSafe };
