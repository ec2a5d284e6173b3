'use strict';

const { download, downloadPartnerFeed } = require('../lib/http');
const { parseTrusted, parseUntrusted, items } = require('../lib/xml');
const { json, parseBody } = require('../lib/response');
const libxmljs = require('libxmljs2');

exports.importUrl = async (event) => {
  const params = event.queryStringParameters || {};
  const feedUrl = params.url;
  if (!feedUrl) return json(400, { error: 'url is required' });
  try {
    const xml = await download(feedUrl);
    const doc = parseUntrusted(xml);
    return json(200, { items: items(doc) });
  } catch (err) {
    return json(502, { error: 'feed download failed' });
  }
};

exports.importPartner = async (event) => {
  const { feedId } = event.pathParameters || {};
  const xml = await downloadPartnerFeed(feedId || 'default');
  const doc = parseTrusted(xml);
  return json(200, { items: items(doc) });
};

exports.importUpload = async (event) => {
  const body = parseBody(event);
  const xml = body.xml || '<rss/>';
  // expect: xxe
  const doc = libxmljs.parseXml(xml, { noent: true });
  return json(200, { items: items(doc) });
};

exports.importUploadSafe = async (event) => {
  const { xml = '<rss/>' } = parseBody(event);
  const doc = parseUntrusted(xml);
  return json(200, { items: items(doc) });
};
