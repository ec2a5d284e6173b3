import type { NextApiRequest, NextApiResponse } from 'next';
import { PrismaClient, Prisma } from '@prisma/client';
import ejs from 'ejs';
import { readFile } from 'fs/promises';
import path from 'path';

const prisma = new PrismaClient();
const TEMPLATES = path.join(process.cwd(), 'templates');

function firstString(v: string | string[] | undefined): string {
  return Array.isArray(v) ? v[0] : v ?? '';
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const team = firstString(req.query.team);
  const since = firstString(req.query.since);

  if (req.query.mode === 'raw') {
    // expect: sql-injection
    const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "Report" WHERE team = '${team}' AND created > '${since}'`);
    return res.json(rows);
  }

  if (req.query.mode === 'template') {
    const body = typeof req.body === 'string' ? JSON.parse(req.body) : req.body;
    // expect: template-injection
    const html = ejs.render(body.layout, { team });
    return res.setHeader('Content-Type', 'text/html').send(html);
  }

  const rows = await prisma.$queryRaw`SELECT * FROM "Report" WHERE team = ${team} AND created > ${since}`;
  const layout = await readFile(path.join(TEMPLATES, 'report.ejs'), 'utf8');
  const html = ejs.render(layout, { team, rows });
  res.setHeader('Content-Type', 'text/html');
  res.send(html);
}

export async function countByTeam(team: string) {
  return prisma.$queryRaw(Prisma.sql`SELECT count(*) FROM "Report" WHERE team = ${team}`);
}
