const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.ANNOTATIONS_MONGO_URL || 'mongodb://127.0.0.1:27017');
const collection = client.db('grafana').collection('annotations');

function escapeRegExp(s) {
  return String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function findMatching(text, range) {
  // expect: nosql-injection
  return collection.find({ $where: `this.text.indexOf('${text}') >= 0`, time: { $gte: Date.parse(range.from) } }).toArray();
}

async function findExact(text, range) {
  return collection.find({ text: { $regex: escapeRegExp(text) }, time: { $gte: Date.parse(range.from) } }).toArray();
}

module.exports = { findMatching, findExact };
