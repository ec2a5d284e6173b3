'use strict';

const express = require('express');
const path = require('path');
const vm = require('vm');
const crypto = require('crypto');
const jwt = require('jsonwebtoken');

const router = express.Router();
const PUBLIC_DIR = path.join(__dirname, 'public');
const JWT_KEY = process.env.JWT_KEY;

router.get('/download', (req, res) => {
  // expect: path-traversal
  res.sendFile(req.query.file, { root: '/' });
});

router.get('/download-safe', (req, res) => {
  res.sendFile(path.basename(req.query.file), { root: PUBLIC_DIR });
});

router.get('/hello', (req, res) => {
  // expect: xss
  res.send('<h1>Hello ' + req.query.name + '</h1>');
});

router.get('/hello-json', (req, res) => {
  res.json({ hello: req.query.name });
});

router.post('/calc', (req, res) => {
  // expect: code-injection
  const result = vm.runInNewContext(req.body.expression, {});
  res.json({ result });
});

router.post('/rule', (req, res) => {
  // expect: code-injection
  const fn = new Function('row', req.body.rule);
  res.json({ ok: typeof fn === 'function' });
});

router.post('/login', (req, res) => {
  const token = jwt.sign({ sub: req.body.user }, JWT_KEY, { algorithm: 'HS256', expiresIn: '1h' });
  res.json({ token });
});

router.get('/me', (req, res) => {
  // expect: jwt-no-verify
  const claims = jwt.decode(req.headers.authorization.slice(7));
  res.json(claims);
});

router.get('/me-verified', (req, res) => {
  const claims = jwt.verify(req.headers.authorization.slice(7), JWT_KEY, { algorithms: ['HS256'] });
  res.json(claims);
});

function legacyToken(user) {
  // expect: jwt-no-verify
  return jwt.sign({ sub: user }, 'sup3r-s3cret-signing-key');
}

function passwordDigest(password) {
  // expect: weak-hash
  return crypto.createHash('md5').update(password).digest('hex');
}

function etag(body) {
  return crypto.createHash('md5').update(body).digest('hex');
}

function notifyParent(data) {
  // expect: postmessage-any-origin
  window.parent.postMessage(data, '*');
  window.parent.postMessage(data, 'https://app.example.com');
}

module.exports = { router, legacyToken, passwordDigest, etag, notifyParent };
