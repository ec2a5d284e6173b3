import { chromium } from 'playwright';

export default async function handler(req, res) {
  const { target, selector, script } = req.body || {};
  const browser = await chromium.launch();
  try {
    const page = await browser.newPage();
    await page.goto('https://status.example.com/', { timeout: 10000 });
    if (script) {
      // expect: tainted-eval
      const out = await page.evaluate(script);
      return res.json({ out });
    }
    const text = await page.textContent(String(selector || 'main'));
    return res.json({ text, target: Boolean(target) });
  } finally {
    await browser.close();
  }
}
