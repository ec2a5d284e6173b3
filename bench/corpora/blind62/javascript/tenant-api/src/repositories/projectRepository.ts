import { withTenant } from '../db/pool';

export interface SearchFilter {
  term: string;
  owner?: string;
}

export class ProjectRepository {
  list(schema: string, status: string, orderBy: string) {
    return withTenant(schema, async (db) => {
      const { rows } = await db.query(`SELECT id, name, status, updated_at FROM projects WHERE status = $1 ORDER BY ${orderBy} LIMIT 100`, [status]);
      return rows;
    });
  }

  search(schema: string, filter: SearchFilter) {
    return withTenant(schema, async (db) => {
      const clauses = [`name ILIKE '%${filter.term}%'`];
      const params: string[] = [];
      if (filter.owner) {
        params.push(filter.owner);
        clauses.push(`owner_id = $${params.length}`);
      }
      const sql = `SELECT id, name, owner_id FROM projects WHERE ${clauses.join(' AND ')} ORDER BY name`;
      // expect: sql-injection
      const { rows } = await db.query(sql, params);
      return rows;
    });
  }

  get(schema: string, projectId: string) {
    return withTenant(schema, async (db) => {
      const { rows } = await db.query('SELECT * FROM projects WHERE id = $1', [projectId]);
      if (!rows[0]) throw Object.assign(new Error('not found'), { status: 404 });
      return rows[0];
    });
  }

  addLabel(schema: string, projectId: string, label: string, color: string) {
    return withTenant(schema, async (db) => {
      const { rows } = await db.query('INSERT INTO project_labels (project_id, label, color) VALUES ($1, $2, $3) RETURNING *', [projectId, label, color]);
      return rows[0];
    });
  }
}
