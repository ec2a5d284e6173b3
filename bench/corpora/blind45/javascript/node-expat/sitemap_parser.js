'use strict';

var expat = require('node-expat');
var fs = require('fs');

var PROBE_XML = '<?xml version="1.0"?><urlset/>';

function parseSitemap(xml, onUrl) {
  var parser = new expat.Parser('UTF-8');
  var inLoc = false;
  parser.on('startElement', function (name) {
    inLoc = name === 'loc';
  });
  parser.on('text', function (text) {
    if (inLoc) onUrl(text.trim());
  });
  // expect: xxe
  if (!parser.parse(xml)) {
    throw new Error(parser.getError());
  }
}

function parseUpload(req, onElement) {
  var parser = new expat.Parser('UTF-8');
  parser.on('startElement', onElement);
  req.on('data', function (chunk) {
    // expect: xxe
    parser.write(chunk);
  });
}

function parseFile(file, onElement) {
  var p = new expat.Parser();
  p.on('startElement', onElement);
  var contents = fs.readFileSync(file, 'utf8');
  // expect: xxe
  return p.parse(contents, true);
}

function parseFeed(body, handlers) {
  var feedParser = new expat.Parser('ISO-8859-1');
  Object.keys(handlers).forEach(function (ev) {
    feedParser.on(ev, handlers[ev]);
  });
  var normalized = String(body).replace(/^\uFEFF/, '');
  // expect: xxe
  feedParser.write(normalized);
  return feedParser.end();
}

function selfTest() {
  var parser = new expat.Parser('UTF-8');
  return parser.parse('<?xml version="1.0"?><ping/>');
}

function probe() {
  var parser = new expat.Parser('UTF-8');
  var sample = PROBE_XML;
  return parser.write(sample);
}

module.exports = { parseSitemap, parseUpload, parseFile, parseFeed, selfTest, probe };
