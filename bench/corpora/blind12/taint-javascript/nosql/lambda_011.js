// library: AWS Lambda + mongodb (accounts)
// mongodb (accounts): value from the request (body)
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('app');

exports.handler = async (event) => {
  const param = JSON.parse(event.body || '{}').name ?? '';
  const bar = param;
  // expect: nosql-injection
  const account = await db.collection('accounts').findOne({ email: bar });
  return { statusCode: 200, body: JSON.stringify({ found: Boolean(account) }) };
};
