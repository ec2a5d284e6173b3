// library: Next.js API route + mongoose (products)
// mongoose (products): value from the request (body)
import mongoose from 'mongoose';

const Product = mongoose.model('Product', new mongoose.Schema({ name: String, category: String }));

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const param = req.body.filter || {};
  const map = { keyA: { category: 'books' }, keyB: param, keyC: { category: 'music' } };
  const bar = map.keyB;
  // expect: nosql-injection
  const docs = await Product.find(bar).limit(50);
  res.status(200).json({ docs });
}
