'use strict';

const express = require('express');
const { exec } = require('child_process');

const router = express.Router();

router.get('/ping/a', (req, res) => {
  const param = req.query.host;
  const m = {};
  m.keyA = 'localhost';
  m.keyB = param;
  const host = m.keyA;
  exec(`ping -c 1 ${host}`, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/b', (req, res) => {
  const param = req.query.host;
  const m = { keyA: 'localhost', keyB: param };
  const host = m.keyB;
  // expect: command-injection
  exec(`ping -c 1 ${host}`, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/c', (req, res) => {
  const param = req.query.host;
  const hosts = ['localhost', param, '127.0.0.1'];
  hosts.shift();
  const host = hosts[1];
  exec('ping -c 1 ' + host, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/d', (req, res) => {
  const param = req.query.host;
  const hosts = [];
  hosts.push('localhost');
  hosts.push(param);
  const host = hosts[1];
  // expect: command-injection
  exec('ping -c 1 ' + host, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/e', (req, res) => {
  const { host = 'localhost', count = 1 } = req.query;
  // expect: command-injection
  exec(`ping -c ${Number(count)} ${host}`, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/f', (req, res) => {
  const opts = { ...req.query, count: 3 };
  exec(`ping -c ${opts.count} localhost`, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/g', (req, res) => {
  const opts = Object.assign({}, { host: 'localhost' }, req.query);
  // expect: command-injection
  exec(`ping -c 1 ${opts.host}`, (err, out) => res.type('text/plain').send(out));
});

router.get('/ping/h', (req, res) => {
  const [first, second] = [req.query.host, 'localhost'];
  void first;
  exec(`ping -c 1 ${second}`, (err, out) => res.type('text/plain').send(out));
});

const MAP = new Map([
  ['gw', '10.0.0.1'],
  ['dns', '10.0.0.2'],
]);

router.get('/ping/i', (req, res) => {
  const ip = MAP.get(req.query.alias);
  if (!ip) return res.status(404).end();
  exec(`ping -c 1 ${ip}`, (err, out) => res.type('text/plain').send(out));
});

module.exports = router;
