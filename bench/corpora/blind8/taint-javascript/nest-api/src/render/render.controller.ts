// library: NestJS / puppeteer / child_process
import { BadRequestException, Body, Controller, Post } from '@nestjs/common';
import { execFile, exec } from 'child_process';
import { promisify } from 'util';
import puppeteer from 'puppeteer';

const run = promisify(exec);
const runFile = promisify(execFile);
const PAPER = new Set(['A4', 'Letter']);

@Controller('render')
export class RenderController {
  @Post('pdf')
  async pdf(@Body() body: { invoiceId: string; script?: string }) {
    const browser = await puppeteer.launch();
    try {
      const page = await browser.newPage();
      await page.goto(`https://app.example.com/invoices/${encodeURIComponent(body.invoiceId)}/print`, { waitUntil: 'networkidle0' });
      if (body.script) {
        // expect: code-injection
        await page.evaluate(body.script);
      }
      await page.evaluate((title) => { document.title = title; }, 'Invoice');
      return await page.pdf({ format: 'A4' });
    } finally {
      await browser.close();
    }
  }

  @Post('merge')
  async merge(@Body() body: { files: string[]; paper: string }) {
    if (!PAPER.has(body.paper)) throw new BadRequestException();
    await runFile('qpdf', ['--empty', '--pages', ...body.files.map((f) => `/srv/pdf/${f.replace(/[^\w.-]/g, '')}`), '--', '/srv/pdf/out.pdf']);
    return { ok: true };
  }

  @Post('merge-legacy')
  async mergeLegacy(@Body() body: { files: string[] }) {
    // expect: command-injection
    await run(`qpdf --empty --pages ${body.files.join(' ')} -- /srv/pdf/out.pdf`);
    return { ok: true };
  }
}
