// library: axios + got (link previews)
import axios from 'axios';
import got from 'got';
import type { Request, Response } from 'express';

const IMAGE_HOSTS = new Set(['images.example-cdn.com', 'avatars.githubusercontent.com']);

export async function preview(req: Request, res: Response) {
  // expect: ssrf
  const page = await axios.get(String(req.query.url), { timeout: 5000, maxRedirects: 2 });
  res.json({ length: String(page.data).length });
}

export async function avatar(req: Request, res: Response) {
  const host = String(req.query.host);
  // expect: ssrf
  const img = await got(`https://${host}/avatar/${encodeURIComponent(String(req.query.user))}`).buffer();
  res.type('image/png').send(img);
}

export async function proxyImage(req: Request, res: Response) {
  const url = new URL(String(req.query.url));
  if (url.protocol !== 'https:' || !IMAGE_HOSTS.has(url.hostname)) return res.status(400).end();
  const img = await axios.get(url.href, { responseType: 'arraybuffer', timeout: 5000, maxRedirects: 0 });
  res.type('image/png').send(img.data);
}

export async function weather(req: Request, res: Response) {
  const city = encodeURIComponent(String(req.query.city));
  const data = await got(`https://api.weather.example.com/v1/current?city=${city}`).json();
  res.json(data);
}
