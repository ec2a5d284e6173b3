'use strict';

const { MongoClient } = require('mongodb');

let db;

async function connect(url) {
  const client = new MongoClient(url);
  await client.connect();
  db = client.db();
  return db;
}

function pages() {
  if (!db) throw new Error('mongo not connected');
  return db.collection('pages');
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

module.exports = { connect, pages, escapeRegExp };
