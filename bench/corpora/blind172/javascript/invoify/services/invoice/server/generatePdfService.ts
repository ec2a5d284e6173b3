import fs from "node:fs/promises";
import path from "node:path";
import puppeteer, { type Browser } from "puppeteer";

import type { InvoiceType } from "@/lib/schemas";
import { renderInvoiceHtml } from "@/lib/invoiceHtml";

const STYLES_DIR = path.join(process.cwd(), "public", "invoice-styles");

let browserPromise: Promise<Browser> | null = null;

function getBrowser(): Promise<Browser> {
  if (!browserPromise) {
    browserPromise = puppeteer.launch({
      headless: true,
      args: ["--no-sandbox", "--disable-dev-shm-usage"],
    });
  }
  return browserPromise;
}

/** Renders the invoice as HTML and prints it to an A4 PDF. */
export async function generatePdfService(invoice: InvoiceType): Promise<Buffer> {
  // pdfTemplate is a zod enum, so this only ever names one of the shipped stylesheets
  const css = await fs.readFile(path.join(STYLES_DIR, `${invoice.details.pdfTemplate}.css`), "utf8");
  const html = renderInvoiceHtml(invoice, css);

  const browser = await getBrowser();
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: "networkidle0", timeout: 30_000 });
    const pdf = await page.pdf({
      format: "A4",
      printBackground: true,
      margin: { top: "16mm", bottom: "16mm", left: "12mm", right: "12mm" },
    });
    return Buffer.from(pdf);
  } finally {
    await page.close();
  }
}
