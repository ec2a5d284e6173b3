// library: Express + mongodb (accounts)
// mongodb (accounts): value from the request (body)
const express = require('express');
const { MongoClient } = require('mongodb');

const router = express.Router();

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('app');

router.post('/accounts', async (req, res) => {
  let param = req.body.name;
  if (!param) {
    param = '';
  }
  const values = [];
  values.push('alice');
  values.push(param);
  values.push('bob');
  values.shift();
  const bar = values[1];
  const account = await db.collection('accounts').findOne({ email: bar });
  res.json({ found: Boolean(account) });
});

module.exports = router;
