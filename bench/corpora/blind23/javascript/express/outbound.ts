// express: webhook tester and avatar proxy
import express from 'express';
import axios from 'axios';
import got from 'got';
import { request as httpsRequest } from 'https';

const router = express.Router();
router.use(express.json());

const AVATAR_CDN = 'https://avatars.example-cdn.com';

router.post('/webhooks/test', async (req, res) => {
  const { url, payload } = req.body;
  // expect: ssrf
  const r = await axios.post(url, payload, { timeout: 5000 });
  res.json({ status: r.status });
});

router.get('/avatar/:user', async (req, res) => {
  const user = encodeURIComponent(req.params.user);
  const r = await axios.get(`${AVATAR_CDN}/${user}.png`, { responseType: 'arraybuffer' });
  res.type('image/png').send(r.data);
});

router.get('/proxy', async (req, res) => {
  const target = req.query.src as string;
  // expect: ssrf
  const body = await got(target).text();
  res.type('text/plain').send(body);
});

router.get('/status-page', (req, res) => {
  const host = req.query.host as string;
  // expect: ssrf
  const outReq = httpsRequest({ host, path: '/health', method: 'GET' }, (r) => r.pipe(res));
  outReq.end();
});

router.get('/status-page/v2', (req, res) => {
  const known: Record<string, string> = { api: 'api.example.com', cdn: 'cdn.example.com' };
  const host = known[String(req.query.host)] ?? 'api.example.com';
  const outReq = httpsRequest({ host, path: '/health', method: 'GET' }, (r) => r.pipe(res));
  outReq.end();
});

export default router;
