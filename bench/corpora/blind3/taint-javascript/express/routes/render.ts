import { Router, Request, Response } from 'express';
import puppeteer from 'puppeteer';
import { chromium } from 'playwright';

const router = Router();
const TEMPLATES: Record<string, string> = { invoice: 'https://app.acme.example/print/invoice', receipt: 'https://app.acme.example/print/receipt' };

router.post('/screenshot', async (req: Request, res: Response) => {
  const { url } = req.body as { url: string };
  const browser = await puppeteer.launch();
  const page = await browser.newPage();
  // expect: ssrf
  await page.goto(url);
  const png = await page.screenshot();
  await browser.close();
  res.type('png').send(png);
});

router.post('/print/:template', async (req: Request, res: Response) => {
  const target = TEMPLATES[req.params.template];
  if (!target) return res.status(404).end();
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto(`${target}?id=${encodeURIComponent(String(req.body.id))}`);
  const pdf = await page.pdf();
  await browser.close();
  res.type('pdf').send(pdf);
});

router.post('/scrape', async (req: Request, res: Response) => {
  const selector: string = req.body.selector;
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://status.partner.example/');
  // expect: code-injection
  const text = await page.evaluate(`document.querySelector('${selector}')?.textContent`);
  const safe = await page.evaluate((sel) => document.querySelector(sel)?.textContent, selector);
  await browser.close();
  res.json({ text, safe });
});

export default router;
