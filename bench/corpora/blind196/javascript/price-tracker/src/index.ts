import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { logger } from 'hono/logger';
import { secureHeaders } from 'hono/secure-headers';
import { HTTPException } from 'hono/http-exception';
import { productsRoute } from './products/routes';
import { chartsRoute } from './products/charts';
import { startScheduler } from './lib/scheduler';
import { ENV } from './lib/env';

const app = new Hono();

app.use('*', logger());
app.use('*', secureHeaders());

app.route('/api/products', productsRoute);
app.route('/charts', chartsRoute);

app.get('/out/:id', async (c) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id)) {
    return c.notFound();
  }
  return c.redirect(`/api/products/${id}`, 302);
});

app.get('/go', (c) => {
  const to = c.req.query('to') ?? '/';
  // expect: open-redirect
  return c.redirect(to, 302);
});

app.onError((err, c) => {
  if (err instanceof HTTPException) {
    return err.getResponse();
  }
  console.error(err);
  return c.json({ error: 'Internal error' }, 500);
});

startScheduler();

serve({ fetch: app.fetch, port: ENV.PORT });
console.log(`price-tracker listening on :${ENV.PORT}`);
