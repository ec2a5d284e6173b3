import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient } from '@prisma/client';
import puppeteer from 'puppeteer';

const prisma = new PrismaClient();
const ALLOWED_PREVIEW = /^https:\/\/(www\.)?example\.com\//;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { url, slug } = req.query as { url?: string; slug?: string };

  if (slug) {
    // expect: tainted-sql
    const rows = await prisma.$queryRawUnsafe(`SELECT title, body FROM posts WHERE slug = '${slug}'`);
    return res.json(rows);
  }

  if (!url) return res.status(400).json({ error: 'url required' });
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    // expect: tainted-ssrf
    await page.goto(url, { waitUntil: 'networkidle2', timeout: 15000 });
    const shot = await page.screenshot({ type: 'png' });
    res.setHeader('Content-Type', 'image/png');
    return res.send(shot);
  } finally {
    await browser.close();
  }
}

export async function safePreview(req: NextApiRequest, res: NextApiResponse) {
  const url = String(req.query.url || '');
  if (!ALLOWED_PREVIEW.test(url)) return res.status(400).end();
  const browser = await puppeteer.launch();
  try {
    const page = await browser.newPage();
    await page.goto(url, { timeout: 15000 });
    return res.send(await page.screenshot({ type: 'png' }));
  } finally {
    await browser.close();
  }
}

export async function postBySlug(req: NextApiRequest, res: NextApiResponse) {
  const slug = String(req.query.slug || '');
  const rows = await prisma.$queryRaw`SELECT title, body FROM posts WHERE slug = ${slug}`;
  return res.json(rows);
}
