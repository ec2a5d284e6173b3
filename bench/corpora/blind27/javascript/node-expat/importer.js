var expat = require('node-expat');

function importCatalogue(xmlFromUpload, onProduct) {
  var parser = new expat.Parser('UTF-8');
  parser.on('startElement', function (name, attrs) {
    if (name === 'product') onProduct(attrs);
  });
  // expect: xxe
  parser.write(xmlFromUpload);
}

function importFeed(req, res) {
  var parser = new expat.Parser('UTF-8');
  var count = 0;
  parser.on('startElement', function () { count += 1; });
  // expect: xxe
  if (!parser.parse(req.body)) return res.status(400).send(parser.getError());
  res.json({ elements: count });
}

function selfTest() {
  var parser = new expat.Parser('UTF-8');
  return parser.parse('<catalogue><product id="1"/></catalogue>');
}

module.exports = { importCatalogue, importFeed, selfTest };
