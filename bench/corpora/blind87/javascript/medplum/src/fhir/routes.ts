import { Router } from 'express';
import type { Pool } from 'pg';
import { asyncWrap } from '../util/async';
import { searchResources } from './search';

const RESOURCE_TYPES = new Set(['Patient', 'Observation', 'Encounter', 'Practitioner']);

export function fhirRouter(pool: Pool): Router {
  const router = Router();
  router.get(
    '/:resourceType',
    asyncWrap(async (req, res) => {
      const { resourceType } = req.params;
      if (!RESOURCE_TYPES.has(resourceType)) {
        res.status(400).json({ issue: 'unknown resource type' });
        return;
      }
      const result = await searchResources(pool, resourceType, req.query as Record<string, string>);
      res.json({ resourceType: 'Bundle', entry: result.rows });
    })
  );
  return router;
}
