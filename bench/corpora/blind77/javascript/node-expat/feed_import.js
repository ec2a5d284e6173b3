'use strict';

var expat = require('node-expat');
var express = require('express');
var https = require('https');

var app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

function toItems(parser) {
  var items = [];
  var current = null;
  var field = null;
  parser.on('startElement', function (name) {
    if (name === 'item') current = {};
    else if (current) field = name;
  });
  parser.on('text', function (text) {
    if (current && field) current[field] = (current[field] || '') + text;
  });
  parser.on('endElement', function (name) {
    if (name === 'item') { items.push(current); current = null; }
    field = null;
  });
  return items;
}

app.post('/feeds/preview', function (req, res) {
  var parser = new expat.Parser('UTF-8');
  var items = toItems(parser);
  // expect: xxe
  if (!parser.parse(req.body, true)) return res.status(400).send(parser.getError());
  res.json(items);
});

function fetchFeed(url, done) {
  var parser = new expat.Parser('UTF-8');
  var items = toItems(parser);
  https.get(url, function (resp) {
    resp.on('data', function (chunk) {
      // expect: xxe
      parser.write(chunk);
    });
    resp.on('end', function () { done(null, items); });
  }).on('error', done);
}

function importOpml(xml) {
  var p = new expat.Parser();
  var outlines = [];
  p.on('startElement', function (name, attrs) { if (name === 'outline') outlines.push(attrs.xmlUrl); });
  // expect: xxe
  p.write(xml);
  p.end();
  return outlines;
}

// Safe look-alikes: the parser only ever sees XML we wrote ourselves.
var EMPTY_FEED = '<rss version="2.0"><channel></channel></rss>';

function selfTest() {
  var parser = new expat.Parser('UTF-8');
  var items = toItems(parser);
  parser.write('<rss><channel><item><title>ok</title></item></channel></rss>');
  var empty = new expat.Parser('UTF-8');
  empty.parse(EMPTY_FEED);
  return items.length === 1;
}

module.exports = { app: app, fetchFeed: fetchFeed, importOpml: importOpml, selfTest: selfTest };
