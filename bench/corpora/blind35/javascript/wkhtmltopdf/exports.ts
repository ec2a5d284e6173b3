import fs from 'fs';
import path from 'path';
import { Request, Response, Router } from 'express';
import wkhtmltopdf from 'wkhtmltopdf';
import escapeHtml from 'escape-html';

export const exportsRouter = Router();

const OUT_DIR = process.env.PDF_OUT_DIR ?? '/tmp/pdf-exports';

wkhtmltopdf.command = process.env.WKHTMLTOPDF_BIN ?? '/usr/local/bin/wkhtmltopdf';

// "Save page as PDF" button of the browser extension.
exportsRouter.get('/pdf', (req: Request, res: Response) => {
  res.setHeader('Content-Type', 'application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url as string, { pageSize: 'A4' }).pipe(res);
});

interface CertificateBody {
  participant: string;
  courseTitle: string;
  logoUrl: string;
}

exportsRouter.post('/certificates', (req: Request<{}, {}, CertificateBody>, res: Response) => {
  const body = req.body;
  const html = `<html><body>
    <img src="${body.logoUrl}" height="80">
    <h1>${body.participant}</h1>
    <p>completed ${body.courseTitle}</p>
  </body></html>`;
  const file = path.join(OUT_DIR, `certificate-${Date.now()}.pdf`);
  // expect: ssrf
  wkhtmltopdf(html, { output: file, orientation: 'Landscape' }, (err: Error | null) => {
    if (err) {
      res.status(500).end();
      return;
    }
    res.download(file);
  });
});

type PdfRenderer = typeof wkhtmltopdf;

export class StatementExporter {
  constructor(private readonly renderPdf: PdfRenderer = wkhtmltopdf) {}

  exportStatement(req: Request, res: Response): void {
    const id = Number(req.params.id);
    res.setHeader('Content-Disposition', `attachment; filename="statement-${id}.pdf"`);
    // expect: ssrf
    this.renderPdf(
      `${req.body.portalBaseUrl}/statements/${id}/print`,
      { marginTop: '10mm', marginBottom: '10mm', printMediaType: true },
    ).pipe(res);
  }
}

export async function archiveReport(reportUrl: string, name: string): Promise<string> {
  const target = path.join(OUT_DIR, `${name}.pdf`);
  await new Promise<void>((resolve, reject) => {
    // expect: ssrf
    wkhtmltopdf(reportUrl, { output: target }, (err: Error | null) => (err ? reject(err) : resolve()));
  });
  return target;
}

exportsRouter.post('/archive', async (req: Request, res: Response) => {
  const file = await archiveReport(req.body.url, `archive-${Date.now()}`);
  res.json({ file: path.basename(file) });
});

// Every user value is HTML-escaped, so it can only be text in the page.
exportsRouter.post('/receipts', (req: Request, res: Response) => {
  const html = `<h1>Receipt</h1><p>Customer: ${escapeHtml(String(req.body.customer))}</p>
    <p>Total: ${escapeHtml(Number(req.body.total).toFixed(2))} EUR</p>`;
  res.setHeader('Content-Type', 'application/pdf');
  wkhtmltopdf(html, { pageSize: 'A5', disableJavascript: true }).pipe(res);
});

// Fixed test page for the health check.
export function selfTest(): fs.WriteStream {
  return wkhtmltopdf('<h1>Test</h1><p>Hello world</p>').pipe(fs.createWriteStream(path.join(OUT_DIR, 'selftest.pdf')));
}
