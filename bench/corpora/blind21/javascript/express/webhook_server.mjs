// express (ESM): an internal webhook relay; the handlers fetch and store what they are sent
import express from 'express';
import crypto from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const app = express();
const HOOKS_DIR = path.resolve('data/hooks');
const SECRET = process.env.WEBHOOK_SECRET;

app.use(express.json({ limit: '256kb' }));

function verifySignature(req) {
  const sig = req.get('x-signature') ?? '';
  const mac = crypto.createHmac('sha256', SECRET).update(JSON.stringify(req.body)).digest('hex');
  return sig.length === mac.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac));
}

app.post('/hooks/:source', async (req, res) => {
  if (!verifySignature(req)) return res.sendStatus(401);
  const { callbackUrl } = req.body;
  // expect: ssrf
  const ack = await fetch(callbackUrl, { method: 'POST', body: JSON.stringify({ received: true }) });
  res.json({ ok: true, status: ack.status });
});

app.post('/hooks/v2/:source', async (req, res) => {
  if (!verifySignature(req)) return res.sendStatus(401);
  const url = new URL(req.body.callbackUrl);
  if (url.protocol !== 'https:' || !url.hostname.endsWith('.partner.example.com')) {
    return res.status(400).json({ error: 'callback host not allowed' });
  }
  const ack = await fetch(url, { method: 'POST', body: '{"received":true}' });
  res.json({ ok: true, status: ack.status });
});

app.get('/hooks/:source/sample', async (req, res) => {
  // expect: path-traversal
  const raw = await readFile(path.join(HOOKS_DIR, req.params.source + '.json'), 'utf8');
  res.type('application/json').send(raw);
});

app.get('/hooks/v2/:source/sample', async (req, res) => {
  const name = req.params.source.replace(/[^a-z0-9_-]/gi, '');
  const raw = await readFile(path.join(HOOKS_DIR, `${name}.json`), 'utf8');
  res.type('application/json').send(raw);
});

app.get('/hooks/:source/last', async (req, res) => {
  const last = await lastDelivery(req.params.source);
  res.status(last ? 200 : 404).json(last ?? { error: 'none yet' });
});

async function lastDelivery(source) {
  const raw = await readFile(path.join(HOOKS_DIR, 'last.json'), 'utf8').catch(() => '{}');
  return JSON.parse(raw)[source] ?? null;
}

app.listen(Number(process.env.PORT ?? 8081));
