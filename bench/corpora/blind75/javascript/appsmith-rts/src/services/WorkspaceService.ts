import { Pool } from 'pg';

import { getContext } from '../middlewares/request-context';

const pool = new Pool({ connectionString: process.env.APPSMITH_RTS_DB_URL, max: 5 });

export interface SavedScript {
  id: number;
  name: string;
  branch: string;
}

export class WorkspaceService {
  async listScripts(): Promise<SavedScript[]> {
    const { workspaceId, branchName } = getContext();
    const { rows } = await pool.query(
      'SELECT id, name, branch FROM saved_scripts WHERE workspace_id = $1 AND branch = $2 ORDER BY name',
      [workspaceId, branchName],
    );
    return rows;
  }

  async searchScripts(search: string): Promise<SavedScript[]> {
    const ctx = getContext();
    const pattern = `%${search}%`;
    const text = `SELECT id, name, branch FROM saved_scripts WHERE workspace_id = '${ctx.workspaceId}' AND name ILIKE $1 ORDER BY name`;
    // expect: sql-injection
    const { rows } = await pool.query(text, [pattern]);
    return rows;
  }

  async countForBranch(): Promise<number> {
    const { branchName } = getContext();
    const branch = /^[\w./-]{1,100}$/.test(branchName) ? branchName : 'master';
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM saved_scripts WHERE branch = $1`, [branch]);
    return rows[0]?.n ?? 0;
  }
}
