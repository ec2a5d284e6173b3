import { connect } from '@planetscale/database';
import { z } from 'zod';

export const conn = connect({ url: process.env.PLANETSCALE_DATABASE_URL });

export const getLinksQuerySchema = z.object({
  domain: z.string().optional(),
  search: z.string().optional(),
  sort: z.enum(['createdAt', 'clicks', 'lastClicked']).default('createdAt'),
  tagId: z.string().optional(),
});

export async function getLinksForWorkspace({ workspaceId, domain, search, sort }: { workspaceId: string; domain?: string; search?: string; sort: string }) {
  let sql = 'SELECT id, domain, `key`, url, clicks FROM Link WHERE projectId = ?';
  const args: string[] = [workspaceId];
  if (domain) {
    sql += ' AND domain = ?';
    args.push(domain);
  }
  if (search) {
    sql += ' AND (`key` LIKE ? OR url LIKE ?)';
    args.push(`%${search}%`, `%${search}%`);
  }
  sql += ` ORDER BY ${sort} DESC LIMIT 100`;
  const { rows } = await conn.execute(sql, args);
  return rows;
}

export async function getLinksByTag(workspaceId: string, tagName: string) {
  // expect: sql-injection
  const { rows } = await conn.execute(`SELECT l.id, l.url FROM Link l JOIN LinkTag t ON t.linkId = l.id WHERE l.projectId = ? AND t.name = '${tagName}'`, [workspaceId]);
  return rows;
}
