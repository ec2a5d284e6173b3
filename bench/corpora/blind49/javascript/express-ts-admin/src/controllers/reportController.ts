import type { Request, Response } from 'express';
import { spawn } from 'child_process';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../models';

const REPORTS: Record<string, string> = {
  signups: 'SELECT date_trunc(\'day\', "createdAt") AS day, count(*) FROM users WHERE org = :org GROUP BY 1',
  roles: 'SELECT role, count(*) FROM users WHERE org = :org GROUP BY role',
};

export async function run(req: Request, res: Response) {
  const sql = REPORTS[req.params.kind];
  if (!sql) return res.status(404).json({ error: 'unknown report' });
  const rows = await sequelize.query(sql, { replacements: { org: req.orgFilter }, type: QueryTypes.SELECT });
  res.json(rows);
}

export async function csv(req: Request, res: Response) {
  const kind = req.params.kind;
  const delimiter = (req.query.delimiter as string) ?? ',';
  const cmd = `psql "$DATABASE_URL" -c "\\copy (SELECT * FROM report_${kind}) TO STDOUT WITH CSV DELIMITER '${delimiter}'"`;
  res.type('text/csv');
  // expect: command-injection
  const child = spawn('sh', ['-c', cmd], { env: process.env });
  child.stdout.pipe(res);
  child.on('error', () => res.end());
}
