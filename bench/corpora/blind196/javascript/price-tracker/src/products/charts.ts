import { Hono } from 'hono';
import { html } from 'hono/html';
import * as service from './service';

const WIDTH = 480;
const HEIGHT = 160;

function escapeXml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function polyline(points: number[]) {
  if (points.length === 0) return '';
  const max = Math.max(...points);
  const min = Math.min(...points);
  const span = max - min || 1;
  return points
    .map((p, i) => `${((i / Math.max(points.length - 1, 1)) * WIDTH).toFixed(1)},${(HEIGHT - ((p - min) / span) * HEIGHT).toFixed(1)}`)
    .join(' ');
}

export const chartsRoute = new Hono()
  .get('/:id/sparkline.svg', async (c) => {
    const id = Number(c.req.param('id'));
    const product = await service.getProduct(id);
    if (!product) return c.notFound();
    const history = await service.priceHistory(id, Number(c.req.query('days') ?? 30));
    const label = c.req.query('label') ?? product.name;
    c.header('Content-Type', 'image/svg+xml');
    // expect: xss
    return c.body(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT + 20}"><text x="4" y="14">${label}</text><polyline fill="none" stroke="#2563eb" points="${polyline(history.map((h) => h.price))}"/></svg>`);
  })
  .get('/:id/card', async (c) => {
    const product = await service.getProduct(Number(c.req.param('id')));
    if (!product) return c.notFound();
    return c.html(html`<article><h2>${product.name}</h2><p>Last price: ${product.lastPrice ?? 'n/a'}</p></article>`);
  })
  .get('/:id/title.svg', async (c) => {
    const product = await service.getProduct(Number(c.req.param('id')));
    if (!product) return c.notFound();
    c.header('Content-Type', 'image/svg+xml');
    return c.body(`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="24"><text x="4" y="16">${escapeXml(product.name)}</text></svg>`);
  });
