'use strict';

const express = require('express');
const db = require('../db');

const app = express();
app.use(express.json());

const SORT_COLUMNS = { newest: 'created_at DESC', name: 'name ASC' };

app.post('/users/lookup', function lookup(req, res) {
  // expect: sql-injection
  db.query("SELECT id, name, email FROM users WHERE email = '" + req.body.email + "'", (err, rows) => {
    if (err) return res.status(500).end();
    res.json(rows);
  });
});

app.post('/logout', function logout(req, res) {
  // expect: sql-injection
  db.query(`DELETE FROM sessions WHERE token = '${req.cookies.sid}'`, () => res.redirect('/'));
});

app.put('/users/:id/role', function setRole(req, res) {
  const role = req.body.role;
  // expect: sql-injection
  const sql = "UPDATE users SET role = '" + role + "' WHERE id = " + req.params.id;
  db.query(sql, (err) => res.status(err ? 500 : 204).end());
});

// Safe look-alikes: placeholders, a sort column picked from a fixed map, a fixed query.
app.get('/users', function list(req, res) {
  const order = SORT_COLUMNS[req.query.sort] || SORT_COLUMNS.newest;
  db.query(`SELECT id, name FROM users WHERE team_id = ? ORDER BY ${order}`, [req.query.team], (err, rows) => {
    res.json(err ? [] : rows);
  });
});

app.get('/users/:id', function show(req, res) {
  db.query('SELECT id, name, email FROM users WHERE id = ?', [req.params.id], (err, rows) => res.json(rows[0] || null));
});

app.get('/stats', function stats(req, res) {
  db.query('SELECT COUNT(*) AS n FROM users', (err, rows) => res.json(rows[0]));
});

module.exports = app;
