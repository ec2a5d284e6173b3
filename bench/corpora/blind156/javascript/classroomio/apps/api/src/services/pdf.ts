// PDF rendering with puppeteer: certificate themes are files, lessons are pages of the dashboard.
import path from 'node:path';
import fs from 'node:fs/promises';
import puppeteer from 'puppeteer';
import { html } from 'hono/html';
import { env } from '../config/env';

const THEMES_DIR = path.resolve(__dirname, '../../templates/certificates');
const DASHBOARD_ORIGIN = env.DASHBOARD_ORIGIN;

async function toPdf(load: (page: puppeteer.Page) => Promise<unknown>) {
  const browser = await puppeteer.launch({ args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await load(page);
    return await page.pdf({ format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
}

export async function renderCertificate(input: { studentName: string; courseName: string; theme: string }) {
  const themeFile = path.resolve(THEMES_DIR, `${path.basename(input.theme)}.css`);
  if (!themeFile.startsWith(THEMES_DIR + path.sep)) throw new Error('Unknown theme');
  const css = await fs.readFile(themeFile, 'utf8');
  const markup = html`<style>${css}</style><h1>${input.studentName}</h1><p>${input.courseName}</p>`;
  return toPdf((page) => page.setContent(String(markup)));
}

export async function renderLessonFromId(lessonId: string) {
  const url = new URL(`/lessons/${encodeURIComponent(lessonId)}/print`, DASHBOARD_ORIGIN);
  return toPdf((page) => page.goto(url.toString(), { waitUntil: 'networkidle0' }));
}

export async function renderLessonFromUrl(sourceUrl: string) {
  // expect: ssrf
  return toPdf((page) => page.goto(sourceUrl, { waitUntil: 'networkidle0' }));
}
