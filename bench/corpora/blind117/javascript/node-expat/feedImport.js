'use strict';

var expat = require('node-expat');
var https = require('https');

function parseFeed(xmlBody, onItem) {
  var parser = new expat.Parser('UTF-8');
  parser.on('startElement', function (name, attrs) {
    if (name === 'item') onItem(attrs);
  });
  // expect: xxe
  parser.write(xmlBody);
}

function importUpload(req, res) {
  var parser = new expat.Parser('UTF-8');
  parser.on('error', function (err) { res.status(400).send(err.message); });
  // expect: xxe
  parser.parse(req.body, true);
  res.end();
}

function streamRemote(url, onText) {
  var parser = new expat.Parser('UTF-8');
  parser.on('text', onText);
  https.get(url, function (response) {
    response.on('data', function (chunk) {
      // expect: xxe
      parser.write(chunk);
    });
  });
}

function parseDefaults() {
  var parser = new expat.Parser('UTF-8');
  parser.parse('<config><retries>3</retries></config>', true);
  return parser;
}

function parseSample() {
  var parser = new expat.Parser('UTF-8');
  var sample = '<sample version="1"/>';
  parser.write(sample);
  return parser;
}

module.exports = { parseFeed: parseFeed, importUpload: importUpload, streamRemote: streamRemote, parseDefaults: parseDefaults, parseSample: parseSample };
