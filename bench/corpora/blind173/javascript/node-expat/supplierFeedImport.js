'use strict';

// Supplier price feeds: XML uploaded through the public supplier portal (self-service sign-up).
var expat = require('node-expat');
var fs = require('fs');

function collectPrices(parser, done) {
  var prices = [];
  var current = null;
  var text = '';
  parser.on('startElement', function (name, attrs) {
    if (name === 'item') {
      current = { sku: attrs.sku };
    }
    text = '';
  });
  parser.on('text', function (chunk) {
    text += chunk;
  });
  parser.on('endElement', function (name) {
    if (current && name === 'price') {
      current.price = parseFloat(text);
    }
    if (name === 'item' && current) {
      prices.push(current);
      current = null;
    }
  });
  parser.on('end', function () { done(null, prices); });
  parser.on('error', function (err) { done(err); });
}

// Our own bundled category map, shipped with the service.
function loadCategoryMap(done) {
  var parser = new expat.Parser('UTF-8');
  collectPrices(parser, done);
  parser.write(fs.readFileSync(__dirname + '/data/categories.xml'));
  parser.end();
}

// Portal uploads: the document may declare its own DTD and entities; nothing stops expansion.
function importUploadedFeed(xmlText, done) {
  var parser = new expat.Parser('UTF-8');
  collectPrices(parser, done);
  // expect: xxe
  parser.write(xmlText);
  parser.end();
}

// The API path rejects any document that declares entities before its data is used.
function importApiFeed(xmlText, done) {
  var parser = new expat.Parser('UTF-8');
  var rejected = false;
  parser.on('entityDecl', function () {
    rejected = true;
    parser.stop();
    done(new Error('entity declarations are not allowed'));
  });
  collectPrices(parser, function (err, prices) {
    if (!rejected) {
      done(err, prices);
    }
  });
  parser.write(xmlText);
  parser.end();
}

module.exports = { loadCategoryMap: loadCategoryMap, importUploadedFeed: importUploadedFeed, importApiFeed: importApiFeed };
