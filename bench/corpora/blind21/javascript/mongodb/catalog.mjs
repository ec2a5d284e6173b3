// mongodb driver: a catalog API (filters, sort and projection from the query string)
import express from 'express';
import { MongoClient, ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL);
const db = client.db('catalog');
const products = db.collection('products');
const router = express.Router();

const SORT_FIELDS = new Set(['price', 'name', 'createdAt']);

router.get('/products', async (req, res) => {
  const filter = { published: true };
  if (typeof req.query.category === 'string') filter.category = req.query.category;
  if (req.query.maxPrice) filter.price = { $lte: Number(req.query.maxPrice) || 0 };
  const sortField = SORT_FIELDS.has(req.query.sort) ? req.query.sort : 'createdAt';
  const items = await products.find(filter).sort({ [sortField]: -1 }).limit(50).toArray();
  res.json(items);
});

router.post('/products/search', express.json(), async (req, res) => {
  // expect: nosql-injection
  const items = await products.find({ published: true, ...req.body.filter }).limit(50).toArray();
  res.json(items);
});

router.get('/products/:id', async (req, res) => {
  if (!ObjectId.isValid(req.params.id)) return res.sendStatus(400);
  const item = await products.findOne({ _id: new ObjectId(req.params.id) });
  res.status(item ? 200 : 404).json(item);
});

router.get('/products/by-sku/:sku', async (req, res) => {
  const item = await products.findOne({ sku: { $eq: req.params.sku } });
  res.status(item ? 200 : 404).json(item);
});

router.post('/products/expensive', express.json(), async (req, res) => {
  const min = req.body.min;
  // expect: nosql-injection
  const items = await products.find({ $where: 'this.price > ' + min }).toArray();
  res.json(items);
});

router.post('/products/bulk-hide', express.json(), async (req, res) => {
  // expect: nosql-injection
  const r = await products.updateMany({ vendor: req.body.vendor }, { $set: { published: false } });
  res.json({ modified: r.modifiedCount });
});

router.post('/products/v2/bulk-hide', express.json(), async (req, res) => {
  if (typeof req.body.vendor !== 'string') return res.sendStatus(400);
  const r = await products.updateMany({ vendor: req.body.vendor }, { $set: { published: false } });
  res.json({ modified: r.modifiedCount });
});

router.get('/facets', async (req, res) => {
  const facets = await products.aggregate([
    { $match: { published: true } },
    { $group: { _id: '$category', count: { $sum: 1 } } },
    { $sort: { count: -1 } },
  ]).toArray();
  res.json(facets);
});

router.post('/reports/custom', express.json(), async (req, res) => {
  // expect: nosql-injection
  const rows = await products.aggregate(req.body.pipeline).toArray();
  res.json(rows);
});

export default router;
