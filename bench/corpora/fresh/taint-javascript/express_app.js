'use strict';
const express = require('express');
const { exec, execFile } = require('child_process');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const mysql = require('mysql2');
const escapeHtml = require('escape-html');
const axios = require('axios');

const app = express();
const pool = mysql.createPool({ host: 'db', user: 'app', database: 'shop' });
const PUBLIC_DIR = path.join(__dirname, 'public');

function searchTerm(req) {
  return req.query.term || '';
}

app.get('/products', (req, res) => {
  const term = req.query.q;
  const sql = "SELECT * FROM products WHERE name LIKE '%" + term + "%'";
  // expect: sql-injection
  pool.query(sql, (err, rows) => res.json(rows));
});

app.get('/products/:id', (req, res) => {
  // expect: sql-injection
  pool.query(`SELECT * FROM products WHERE id = ${req.params.id}`, (err, rows) => res.json(rows));
});

app.get('/products-safe/:id', (req, res) => {
  pool.query('SELECT * FROM products WHERE id = ?', [req.params.id], (err, rows) => res.json(rows));
});

app.get('/categories', (req, res) => {
  const table = 'categories';
  pool.query('SELECT * FROM ' + table, (err, rows) => res.json(rows));
});

app.get('/find', async (req, res) => {
  const term = searchTerm(req);
  const where = ['active = 1', `title = '${term}'`].join(' AND ');
  // expect: sql-injection
  const [rows] = await pool.promise().query('SELECT id FROM posts WHERE ' + where);
  res.json(rows);
});

app.get('/hello', (req, res) => {
  const name = req.query.name;
  // expect: xss
  res.send('<h1>Hello ' + name + '</h1>');
});

app.get('/hello-safe', (req, res) => {
  const name = req.query.name;
  res.send('<h1>Hello ' + escapeHtml(name) + '</h1>');
});

app.get('/echo', (req, res) => {
  const { msg } = req.body;
  res.set('Content-Type', 'text/html');
  // expect: xss
  res.write(`<div class="msg">${msg}</div>`);
  res.end();
});

app.get('/go', (req, res) => {
  const dest = req.query.url;
  // expect: open-redirect
  res.redirect(dest);
});

app.get('/home', (req, res) => {
  res.redirect('/dashboard');
});

app.post('/convert', (req, res) => {
  const file = req.body.file;
  // expect: command-injection
  exec('convert ' + file + ' out.pdf', (err) => res.sendStatus(err ? 500 : 200));
});

app.post('/convert-safe', (req, res) => {
  execFile('convert', [req.body.file, 'out.pdf'], (err) => res.sendStatus(err ? 500 : 200));
});

app.get('/uptime', (req, res) => {
  exec('uptime', (err, out) => res.send(out));
});

app.post('/git', (req, res) => {
  const branch = req.body.branch;
  const opts = { cwd: '/srv/repo' };
  // expect: command-injection
  cp.execSync(`git checkout ${branch}`, opts);
  res.sendStatus(204);
});

app.get('/file', (req, res) => {
  const name = req.query.name;
  const full = path.join(PUBLIC_DIR, name);
  // expect: path-traversal
  fs.readFile(full, 'utf8', (err, data) => res.send(data));
});

app.get('/file-safe', (req, res) => {
  const name = path.basename(req.query.name);
  fs.readFile(path.join(PUBLIC_DIR, name), 'utf8', (err, data) => res.type('text/plain').send(data));
});

app.get('/download', (req, res) => {
  // expect: path-traversal
  res.sendFile(req.query.path);
});

app.post('/calc', (req, res) => {
  const formula = req.body.formula;
  // expect: code-injection
  const value = eval(formula);
  res.json({ value });
});

app.post('/filter', (req, res) => {
  const body = req.body.predicate;
  // expect: code-injection
  const pred = new Function('item', 'return ' + body);
  res.json(items.filter(pred));
});

app.get('/proxy', async (req, res) => {
  const target = req.query.target;
  // expect: ssrf
  const r = await axios.get(target);
  res.json(r.data);
});

app.get('/weather', async (req, res) => {
  const r = await axios.get('https://api.weather.example.com/today');
  res.json(r.data);
});

app.get('/count', (req, res) => {
  const n = Number(req.query.n);
  res.send('<p>' + n + ' items</p>');
});

module.exports = app;
