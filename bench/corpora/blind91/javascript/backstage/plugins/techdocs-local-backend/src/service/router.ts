import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import fs from 'fs-extra';
import path from 'path';

export interface TechDocsRouterOptions {
  staticDocsDir: string;
}

export async function createRouter({ staticDocsDir }: TechDocsRouterOptions): Promise<express.Router> {
  const router = Router();

  // entity docs: /static/docs/:namespace/:kind/:name/*
  router.get('/static/docs/:namespace/:kind/:name/*', async (req, res) => {
    const { namespace, kind, name } = req.params;
    const entityRoot = path.join(staticDocsDir, namespace.toLowerCase(), kind.toLowerCase(), name);
    const filePath = resolveSafeChildPath(entityRoot, req.params[0] || 'index.html');
    if (!(await fs.pathExists(filePath))) throw new NotFoundError('page not found');
    res.sendFile(filePath);
  });

  // metadata written by the generator next to the docs
  router.get('/metadata/techdocs/:namespace/:kind/:name', async (req, res) => {
    const { namespace, kind, name } = req.params;
    // expect: path-traversal
    const metadata = await fs.readJson(path.join(staticDocsDir, namespace, kind, name, 'techdocs_metadata.json'));
    res.json(metadata);
  });

  return router;
}
