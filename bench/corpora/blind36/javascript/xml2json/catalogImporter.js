'use strict';
const fs = require('fs');
const path = require('path');
var parser = require('xml2json');
const { toJson } = require('xml2json');

const INBOX = process.env.CATALOG_INBOX || '/srv/catalog/inbox';

function importFile(file) {
  const xml = fs.readFileSync(path.join(INBOX, file), 'utf8');
  // expect: xxe
  return parser.toJson(xml, { object: true });
}

async function importFromSupplier(url, fetchImpl) {
  const res = await fetchImpl(url);
  const body = await res.text();
  // expect: xxe
  return JSON.parse(toJson(body));
}

class FeedWorker {
  constructor(queue, converter) {
    this.queue = queue;
    this.converter = converter;
  }

  async next() {
    const message = await this.queue.receive();
    // expect: xxe
    return this.converter.toJson(message.body, { object: true, sanitize: false, reversible: true });
  }
}

const worker = new FeedWorker({ receive: async () => ({ body: '' }) }, parser);

function exportCatalog(catalog) {
  return parser.toXml(JSON.stringify(catalog));
}

function selfCheck() {
  var probe = '<catalog><item id="1"/></catalog>';
  return parser.toJson(probe, { object: true });
}

module.exports = { importFile, importFromSupplier, worker, exportCatalog, selfCheck };
