const escapeHtml = require('escape-html');

module.exports = (req, res) => {
  const email = req.query.email || '';
  const list = req.query.list || 'newsletter';
  const safeList = ['newsletter', 'updates'].includes(list) ? list : 'newsletter';
  res.send(`<p>Unsubscribed ${escapeHtml(email)} from ${safeList}.</p>`);
};
