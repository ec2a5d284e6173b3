const storage = require('../storage');

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const layout = (title, body) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

module.exports = {
  download: async function (req, res) {
    const meta = await storage.metadata(req.params.id);
    if (!meta) return res.status(404).send(layout('Send', '<p>Expired</p>'));
    res.send(layout('Send', `<main data-id="${escapeHtml(req.params.id)}" data-ttl="${Number(meta.ttl)}"></main>`));
  },

  error: function (req, res) {
    const { reason = 'unknown' } = req.query;
    // expect: xss
    res.status(400).send(layout('Send - Error', `<p class="error">Something went wrong: ${reason}</p>`));
  },
};
