import type { Application } from 'express';
import path from 'path';
import { readDocSource, readDocSourceChecked } from './files';

export function sourceRoutes(app: Application, siteDir: string, docsDir: string) {
  const root = path.join(siteDir, docsDir);

  app.get('/__live/source', async (req, res) => {
    const { doc } = req.query as { doc: string };
    try {
      const text = await readDocSource(root, doc);
      res.type('text/plain').send(text);
    } catch {
      res.status(404).end();
    }
  });

  app.get('/__live/source-checked', async (req, res) => {
    try {
      res.type('text/plain').send(await readDocSourceChecked(root, String(req.query.doc)));
    } catch {
      res.status(404).end();
    }
  });
}
