// library: Next.js API route + mongodb (users)
// mongodb (users): value from the request (body)
import type { NextApiRequest, NextApiResponse } from 'next';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('app');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const param = req.body.email ?? '';
  const num = 106;
  let bar: string;
  if (7 * 18 + num > 200) {
    bar = param;
  } else {
    bar = 'alice';
  }
  // expect: nosql-injection
  const docs = await db.collection('users').find({ $where: `this.name == '${bar}'` }).toArray();
  res.status(200).json({ count: docs.length });
}
