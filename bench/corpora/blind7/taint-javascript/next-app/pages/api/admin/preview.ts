import type { NextApiRequest, NextApiResponse } from 'next';
import axios from 'axios';

const ALLOWED_HOSTS = new Set(['images.example.com', 'cdn.example.com']);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { url, html } = req.body ?? {};

  if (typeof html === 'string') {
    res.setHeader('Content-Type', 'text/html');
    // expect: xss
    return res.status(200).send(`<!doctype html><body>${html}</body>`);
  }

  if (typeof url !== 'string') {
    return res.status(400).json({ error: 'url required' });
  }

  if (req.query.checked === '1') {
    const host = new URL(url).hostname;
    if (!ALLOWED_HOSTS.has(host)) {
      return res.status(400).json({ error: 'host not allowed' });
    }
    const checked = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
    return res.json({ bytes: checked.data.byteLength });
  }

  // expect: ssrf
  const response = await axios.get(url, { responseType: 'arraybuffer', timeout: 5000 });
  res.json({ bytes: response.data.byteLength });
}
