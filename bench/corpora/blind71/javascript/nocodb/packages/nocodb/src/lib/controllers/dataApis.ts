import { Router } from 'express';
import type { Request, Response } from 'express';
import ncMetaAclMw from '../meta/helpers/ncMetaAclMw';
import { dataCount, dataList } from '../services/dataService';

async function dataListHandler(req: Request, res: Response) {
  const list = await dataList({
    projectId: req.params.projectId,
    tableName: req.params.tableName,
    query: req.query as any,
  });
  const count = await dataCount({ tableName: req.params.tableName, query: {} });
  res.json({ list, pageInfo: { totalRows: count } });
}

async function exportCsv(req: Request, res: Response) {
  const list = await dataList({ tableName: req.params.tableName, query: { limit: '1000' } });
  const rows = list as Array<Record<string, unknown>>;
  const header = rows.length ? Object.keys(rows[0]) : [];
  const csv = [header.join(','), ...rows.map((r) => header.map((h) => JSON.stringify(r[h] ?? '')).join(','))].join('\n');
  res.set({
    'Content-Type': 'text/csv',
    'Content-Disposition': `attachment; filename="${encodeURIComponent(req.params.tableName)}.csv"`,
  });
  res.send(csv);
}

const router = Router({ mergeParams: true });

router.get('/api/v1/db/data/:orgs/:projectId/:tableName', ncMetaAclMw(dataListHandler, 'dataList'));
router.get('/api/v1/db/data/:orgs/:projectId/:tableName/export/csv', ncMetaAclMw(exportCsv, 'exportCsv'));

export default router;
