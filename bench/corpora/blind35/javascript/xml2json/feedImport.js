'use strict';

const fs = require('fs');
const axios = require('axios');
const express = require('express');
const multer = require('multer');
const parser = require('xml2json');
const { toJson } = require('xml2json');

const router = express.Router();
const upload = multer({ dest: '/tmp/uploads' });

const PARSE_OPTIONS = { object: true, coerce: true, trim: true, arrayNotation: ['item'] };

// Partners POST their order batches as XML.
router.post('/orders/batch', express.text({ type: ['application/xml', 'text/xml'] }), (req, res) => {
  // expect: xxe
  const doc = parser.toJson(req.body, PARSE_OPTIONS);
  res.json({ received: (doc.orders && doc.orders.item || []).length });
});

router.post('/catalog/import', upload.single('catalog'), async (req, res) => {
  const xml = await fs.promises.readFile(req.file.path, 'utf8');
  // expect: xxe
  const catalog = JSON.parse(toJson(xml));
  res.json({ products: Object.keys(catalog.catalog || {}).length });
});

// RSS feeds added by users in their reader settings.
async function refreshFeed(feedUrl) {
  const response = await axios.get(feedUrl, { responseType: 'text', timeout: 10000 });
  // expect: xxe
  const feed = parser.toJson(response.data, {
    object: true,
    sanitize: true,
    reversible: false,
  });
  return feed.rss ? feed.rss.channel : feed.feed;
}

class LegacySoapClient {
  constructor(http, endpoint) {
    this.http = http;
    this.endpoint = endpoint;
  }

  async call(action, envelope) {
    const { data } = await this.http.post(this.endpoint, envelope, {
      headers: { 'Content-Type': 'text/xml', SOAPAction: action },
    });
    // expect: xxe
    return parser.toJson(data, { object: true })['soap:Envelope']['soap:Body'];
  }
}

// JSON to XML for the outgoing direction, nothing is parsed here.
function toInvoiceXml(invoice) {
  return parser.toXml({ invoice: { id: invoice.id, total: invoice.total, currency: invoice.currency } });
}

// Fixed document used by the readiness probe.
const PROBE = parser.toJson('<probe><ok>true</ok></probe>', { object: true });

router.post('/orders/batch.json', express.json(), (req, res) => {
  res.json({ received: Array.isArray(req.body.items) ? req.body.items.length : 0 });
});

module.exports = { router, refreshFeed, LegacySoapClient, toInvoiceXml, PROBE };
