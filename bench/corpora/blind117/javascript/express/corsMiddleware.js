'use strict';

const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

function reflectOrigin(req, res, next) {
  // expect: jwt-no-verify
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
}

function partnerCors(req, res, next) {
  // expect: jwt-no-verify
  res.header('Access-Control-Allow-Origin', req.query.partner);
  next();
}

function embedCors(req, res) {
  // expect: jwt-no-verify
  res.set({ 'Access-Control-Allow-Origin': req.body.origin });
  res.sendStatus(204);
}

function preflight(req, res) {
  const origin = req.get('origin');
  // expect: jwt-no-verify
  res.writeHead(204, { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
  res.end();
}

function allowListed(req, res, next) {
  const origin = req.headers.origin;
  if (ALLOWED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
}

function publicAssets(req, res, next) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  next();
}

module.exports = { reflectOrigin, partnerCors, embedCors, preflight, allowListed, publicAssets };
