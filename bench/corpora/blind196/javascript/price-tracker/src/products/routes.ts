import { Hono } from 'hono';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import * as service from './service';
import { scrapeProduct } from '../lib/scraper';

const createSchema = z.object({
  name: z.string().min(1).max(120),
  url: z.string().url(),
  targetPrice: z.number().positive().optional(),
});

const listSchema = z.object({
  search: z.string().max(100).optional(),
  sort: z.string().max(40).optional(),
  page: z.coerce.number().int().min(1).default(1),
});

export const productsRoute = new Hono()
  .get('/', zValidator('query', listSchema), async (c) => {
    const { search, sort, page } = c.req.valid('query');
    const rows = await service.listProducts({ search, sort, page });
    return c.json(rows);
  })
  .post('/', zValidator('json', createSchema), async (c) => {
    const input = c.req.valid('json');
    const product = await service.createProduct(input);
    return c.json(product, 201);
  })
  .get('/:id', async (c) => {
    const product = await service.getProduct(Number(c.req.param('id')));
    return product ? c.json(product) : c.notFound();
  })
  .post('/:id/check', async (c) => {
    const product = await service.getProduct(Number(c.req.param('id')));
    if (!product) return c.notFound();
    const price = await scrapeProduct(product.url);
    await service.recordPrice(product.id, price);
    return c.json({ price });
  });
