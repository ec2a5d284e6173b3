'use strict';

// Support-desk reporting API: ticket search and per-agent statistics, backed
// by MySQL through the shared pool.

const express = require('express');
const { pool } = require('../db/pool');

const app = express.Router();

const SORT_COLUMNS = { created: 'created_at', updated: 'updated_at', priority: 'priority' };
const PAGE_SIZE = 50;

app.get('/tickets', async function listTickets(req, res) {
  const sort = SORT_COLUMNS[req.query.sort] || 'created_at';
  const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
  const [rows] = await pool.query(
    `SELECT id, subject, status FROM tickets WHERE team_id = ? ORDER BY ${sort} DESC LIMIT ? OFFSET ?`,
    [req.user.teamId, PAGE_SIZE, (page - 1) * PAGE_SIZE],
  );
  res.json(rows);
});

app.get('/tickets/search', async function searchTickets(req, res) {
  const term = String(req.query.q || '').trim();
  if (!term) {
    return res.json([]);
  }
  // expect: sql-injection
  const [rows] = await pool.query("SELECT id, subject FROM tickets WHERE team_id = " + req.user.teamId + " AND subject LIKE '%" + term + "%'");
  res.json(rows);
});

app.get('/tickets/by-tag', async function byTag(req, res) {
  const tag = String(req.query.tag || '');
  const [rows] = await pool.query(
    'SELECT t.id, t.subject FROM tickets t JOIN ticket_tags g ON g.ticket_id = t.id WHERE g.tag = ? AND t.team_id = ?',
    [tag, req.user.teamId],
  );
  res.json(rows);
});

app.get('/agents/:agentId/stats', async function agentStats(req, res) {
  const since = req.query.since || '1970-01-01';
  // expect: sql-injection
  const [rows] = await pool.query(`SELECT status, COUNT(*) AS n FROM tickets WHERE agent_id = ${req.params.agentId} AND created_at >= '${since}' GROUP BY status`);
  res.json(rows);
});

app.post('/tickets/:id/close', async function closeTicket(req, res) {
  await pool.execute('UPDATE tickets SET status = ? WHERE id = ? AND team_id = ?', [
    'closed',
    req.params.id,
    req.user.teamId,
  ]);
  res.status(204).end();
});

app.get('/statuses', async function statuses(req, res) {
  const [rows] = await pool.query('SELECT DISTINCT status FROM tickets ORDER BY status');
  res.json(rows.map((r) => r.status));
});

module.exports = app;
