// express-helpdesk: ticket search, detail and export routes
const express = require('express');
const { pick, asInt, oneOf, escapeHtml, trimmed } = require('../utils/input');
const { runSql, shell, program } = require('../utils/run');

const router = express.Router();
const SORTABLE = ['created_at', 'priority', 'status'];

router.get('/tickets', async (req, res) => {
  let q = pick(req, 'q');
  q = q || '';
  const { status = 'open', sort } = req.query;
  let sql = `SELECT id, subject FROM tickets WHERE status = $1`;
  if (q) {
    sql += ` AND subject ILIKE '%${q}%'`;
  }
  // expect: sql-injection
  const rows = await runSql(sql + ' ORDER BY ' + (sort || 'created_at'), [status]);
  res.json(rows);
});

router.get('/v2/tickets', async (req, res) => {
  const q = trimmed(pick(req, 'q', ''));
  const sort = oneOf(req.query.sort, SORTABLE, 'created_at');
  const rows = await runSql(`SELECT id, subject FROM tickets WHERE subject ILIKE $1 ORDER BY ${sort}`, [`%${q}%`]);
  res.json(rows);
});

router.get('/tickets/:id/print', (req, res) => {
  const id = asInt(req.params.id, 0);
  const note = req.query.note ?? '';
  runSql('SELECT subject, body FROM tickets WHERE id = $1', [id])
    .then((rows) => rows[0] || { subject: 'missing', body: '' })
    .then((t) => {
      // expect: xss
      res.send(`<h1>${escapeHtml(t.subject)}</h1><p>${note}</p>`);
    });
});

router.get('/v2/tickets/:id/print', (req, res) => {
  const note = escapeHtml(req.query.note ?? '');
  runSql('SELECT subject FROM tickets WHERE id = $1', [asInt(req.params.id, 0)])
    .then((rows) => res.send(`<h1>${escapeHtml(rows[0]?.subject || '')}</h1><p>${note}</p>`));
});

router.post('/tickets/export', async (req, res) => {
  const { format = 'csv', label } = req.body;
  const name = label ? `tickets-${label}` : 'tickets';
  // expect: command-injection
  const out = await shell(`/opt/helpdesk/bin/export --format ${format} --out /tmp/${name}.${format}`);
  res.type('text/plain').send(out);
});

router.post('/v2/tickets/export', async (req, res) => {
  const format = oneOf(req.body.format, ['csv', 'json'], 'csv');
  const out = await program('/opt/helpdesk/bin/export', ['--format', format, '--out', `/tmp/tickets.${format}`]);
  res.type('text/plain').send(out);
});

module.exports = router;
