const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017');
let db;

async function database() {
  if (!db) {
    await client.connect();
    db = client.db('chat');
  }
  return db;
}

async function saveMessage(msg) {
  const d = await database();
  await d.collection('messages').insertOne({ room: String(msg.room), from: String(msg.from), text: String(msg.text), at: new Date(msg.at) });
}

async function history(room, limit) {
  const d = await database();
  return d.collection('messages').find({ room: String(room) }).sort({ at: -1 }).limit(Math.min(Number(limit) || 50, 200)).toArray();
}

async function findMessages(criteria) {
  const d = await database();
  // expect: nosql-injection
  return d.collection('messages').find(criteria).limit(100).toArray();
}

module.exports = { database, saveMessage, history, findMessages };
