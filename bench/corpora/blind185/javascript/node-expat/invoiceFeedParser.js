'use strict';

var fs = require('fs');
var path = require('path');
var expat = require('node-expat');

// Reads invoices in the UBL-like XML our suppliers post to /inbound/invoices,
// and the small country table we ship with the service.

function collect(parser) {
  var stack = [];
  var lines = [];
  var current = null;
  var text = '';
  parser.on('startElement', function (name, attrs) {
    stack.push(name);
    text = '';
    if (name === 'Line') current = { id: attrs.id };
  });
  parser.on('text', function (t) {
    text += t;
  });
  parser.on('endElement', function (name) {
    stack.pop();
    if (current && name === 'Amount') current.amount = Number(text.trim());
    if (current && name === 'Description') current.description = text.trim();
    if (name === 'Line' && current) {
      lines.push(current);
      current = null;
    }
  });
  return lines;
}

function parseInbound(req, res) {
  var parser = new expat.Parser('UTF-8');
  var lines = collect(parser);
  // the body is whatever the supplier's system sends, DOCTYPE and entities included
  // expect: xxe
  var ok = parser.parse(req.body, true);
  if (!ok) {
    return res.status(400).json({ error: parser.getError() });
  }
  res.json({ lines: lines.length, total: lines.reduce(function (s, l) { return s + (l.amount || 0); }, 0) });
}

function loadCountries() {
  var parser = new expat.Parser('UTF-8');
  var names = {};
  parser.on('startElement', function (name, attrs) {
    if (name === 'country') names[attrs.code] = attrs.name;
  });
  var xml = fs.readFileSync(path.join(__dirname, 'data', 'countries.xml'));
  parser.parse(xml, true);
  return names;
}

function selfTest() {
  var parser = new expat.Parser('UTF-8');
  var lines = collect(parser);
  parser.parse('<Invoice><Line id="1"><Amount>1</Amount></Line></Invoice>', true);
  return lines.length === 1;
}

module.exports = { parseInbound: parseInbound, loadCountries: loadCountries, selfTest: selfTest };
