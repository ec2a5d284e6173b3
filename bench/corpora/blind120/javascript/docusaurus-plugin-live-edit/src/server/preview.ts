import type { Application } from 'express';
import escapeHtml from 'escape-html';

function page(siteTitle: string, heading: string, body: string): string {
  return `<!doctype html><html><head><title>${siteTitle}</title></head><body><h1>${heading}</h1><pre>${body}</pre></body></html>`;
}

export function previewRoutes(app: Application, siteTitle: string) {
  app.post('/__live/preview', (req, res) => {
    const { title, markdown } = req.body;
    const html = page(siteTitle, title, escapeHtml(markdown));
    // expect: xss
    res.type('html').send(html);
  });

  app.post('/__live/preview-escaped', (req, res) => {
    const { title, markdown } = req.body;
    res.type('html').send(page(escapeHtml(siteTitle), escapeHtml(String(title)), escapeHtml(String(markdown))));
  });
}
