// library: Fastify + mongodb (users)
// mongodb (users): value from the request (body)
const { MongoClient } = require('mongodb');

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('app');

module.exports = async function routes(fastify) {
  fastify.post('/users', async (request, reply) => {
    const { email: param = '' } = request.body;
    const map = { keyA: 'alice', keyB: param, keyC: 'bob' };
    const bar = map.keyA;
    const docs = await db.collection('users').find({ $where: `this.name == '${bar}'` }).toArray();
    return { count: docs.length };
  });
};
