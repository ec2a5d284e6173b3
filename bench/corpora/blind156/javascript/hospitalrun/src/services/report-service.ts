// Renders report HTML and converts it with wkhtmltopdf.
import { execFile, exec } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import escapeHtml from 'escape-html';
import { findReportRows } from './couch';

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);

async function writeHtml(facility: string, type: string, title: string) {
  const rows = await findReportRows(facility, type);
  const body = rows.map((r) => `<tr><td>${escapeHtml(r.patientName)}</td><td>${escapeHtml(r.date)}</td></tr>`).join('');
  const dir = await mkdtemp(path.join(tmpdir(), 'hr-report-'));
  const htmlFile = path.join(dir, 'report.html');
  await writeFile(htmlFile, `<h1>${escapeHtml(title)}</h1><table>${body}</table>`);
  return { dir, htmlFile, pdfFile: path.join(dir, 'report.pdf') };
}

export async function renderReportPdf(facility: string, type: string, opts: { title: string; from: string; to: string }) {
  const { dir, htmlFile, pdfFile } = await writeHtml(facility, type, opts.title);
  try {
    await execFileAsync('wkhtmltopdf', ['--title', opts.title, '--footer-center', `${opts.from} - ${opts.to}`, htmlFile, pdfFile]);
    return await readFile(pdfFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function renderReportPdfLegacy(facility: string, type: string, title: string) {
  const { dir, htmlFile, pdfFile } = await writeHtml(facility, type, title);
  try {
    // expect: command-injection
    await execAsync(`wkhtmltopdf --title "${title}" ${htmlFile} ${pdfFile}`);
    return await readFile(pdfFile);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
