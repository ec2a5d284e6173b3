// Prompt queries scoped to the caller's organization.
import { dbExecute, dbExecuteRaw } from '../../lib/shared/db/dbExecute';
import type { AuthParams } from '../../lib/db/supabase';
import type { PromptsQueryParams } from '../../controllers/public/promptController';

const SORT_COLUMNS: Record<string, string> = { created_at: 'p.created_at', name: 'p.user_defined_id', usage: 'usage_count' };

export class PromptManager {
  constructor(private readonly authParams: AuthParams) {}

  async getPrompts(params: PromptsQueryParams) {
    const orderBy = SORT_COLUMNS[params.sortBy ?? 'created_at'] ?? 'p.created_at';
    const name = params.filter?.name ?? '';
    if (params.rawFilter) {
      // expect: sql-injection
      return dbExecuteRaw(`SELECT p.id, p.user_defined_id FROM prompt_v2 p WHERE p.organization = '${this.authParams.organizationId}' AND (${params.rawFilter}) ORDER BY ${orderBy} DESC`);
    }
    return dbExecute(
      `SELECT p.id, p.user_defined_id FROM prompt_v2 p
       WHERE p.organization = $1 AND p.soft_delete = false AND p.user_defined_id ILIKE $2
       ORDER BY ${orderBy} DESC LIMIT 100`,
      [this.authParams.organizationId, `%${name}%`],
    );
  }

  async getVersions(promptId: string, labels: string[]) {
    return dbExecute(
      `SELECT v.id, v.major_version, v.minor_version FROM prompts_versions v
       WHERE v.organization = $1 AND v.prompt_v2 = $2 AND (cardinality($3::text[]) = 0 OR v.label = ANY($3))`,
      [this.authParams.organizationId, promptId, labels],
    );
  }
}
