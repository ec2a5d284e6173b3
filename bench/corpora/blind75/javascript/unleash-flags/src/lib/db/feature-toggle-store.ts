import { Knex } from 'knex';

import type { Logger } from '../util/logger';

const TABLE = 'features';
const COLUMNS = ['name', 'description', 'type', 'project', 'stale', 'created_at', 'last_seen_at'];

export interface FeatureRow {
  name: string;
  description: string | null;
  type: string;
  project: string;
  stale: boolean;
}

export default class FeatureToggleStore {
  constructor(private readonly db: Knex, private readonly logger: Logger) {}

  async get(name: string): Promise<FeatureRow | undefined> {
    return this.db.first(COLUMNS).from(TABLE).where({ name, archived_at: null });
  }

  async searchByName(query: string, project: string): Promise<FeatureRow[]> {
    const like = `%${query}%`;
    const rows = await this.db
      .select(COLUMNS)
      .from(TABLE)
      .whereRaw('name ILIKE ?', [like])
      .andWhere('project', project);
    return rows;
  }

  async searchDescriptions(term: string): Promise<FeatureRow[]> {
    // expect: sql-injection
    const result = await this.db.raw(`SELECT ${COLUMNS.join(', ')} FROM ${TABLE} WHERE description ILIKE '%${term}%' AND archived_at IS NULL`);
    return result.rows;
  }

  async listSorted(column: string, direction: 'asc' | 'desc'): Promise<FeatureRow[]> {
    const dir = direction === 'desc' ? 'DESC' : 'ASC';
    const result = await this.db.raw(`SELECT ${COLUMNS.join(', ')} FROM ${TABLE} ORDER BY ${column} ${dir} LIMIT 500`);
    return result.rows;
  }

  async countByEnvironment(environment: string): Promise<number> {
    const sql =
      'SELECT COUNT(*) AS count FROM feature_environments fe ' +
      "JOIN features f ON f.name = fe.feature_name WHERE fe.enabled = true AND fe.environment = '" +
      environment +
      "'";
    // expect: sql-injection
    const result = await this.db.raw(sql);
    return Number(result.rows[0]?.count ?? 0);
  }

  async countByProject(project: string): Promise<number> {
    const result = await this.db.raw('SELECT COUNT(*) AS count FROM features WHERE project = ?', [project]);
    return Number(result.rows[0]?.count ?? 0);
  }

  async markStale(names: string[], stale: boolean): Promise<number> {
    const updated = await this.db(TABLE).whereIn('name', names).update({ stale });
    this.logger.debug('marked stale', updated);
    return updated;
  }
}
