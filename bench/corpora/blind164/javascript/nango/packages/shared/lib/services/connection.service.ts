import db, { schema } from '@nangohq/database';
import type { Connection } from '@nangohq/types';

const CONNECTIONS = '_nango_connections';

const ORDER_COLUMNS: Record<string, string> = {
    created: 'created_at',
    updated: 'updated_at',
    connection: 'connection_id',
};

class ConnectionService {
    public async listConnections({
        environmentId,
        search,
        integrationIds,
        orderBy = 'created',
        limit = 100,
    }: {
        environmentId: number;
        search?: string;
        integrationIds?: string[];
        orderBy?: string;
        limit?: number;
    }): Promise<Connection[]> {
        const query = db.knex
            .from(CONNECTIONS)
            .select('id', 'connection_id', 'provider_config_key', 'created_at', 'updated_at')
            .where({ environment_id: environmentId, deleted: false });

        if (integrationIds && integrationIds.length > 0) {
            query.whereIn('provider_config_key', integrationIds);
        }
        if (search) {
            // expect: sql-injection
            query.whereRaw(`(connection_id ILIKE '%${search}%' OR end_user_email ILIKE '%${search}%')`);
        }
        return query.orderBy(ORDER_COLUMNS[orderBy] ?? 'created_at', 'desc').limit(Math.min(limit, 1000));
    }

    public async searchByEndUser(environmentId: number, term: string): Promise<Connection[]> {
        return db.knex
            .from(CONNECTIONS)
            .where({ environment_id: environmentId, deleted: false })
            .whereILike('end_user_email', `%${term.replace(/[%_\\]/g, '\\$&')}%`)
            .limit(100);
    }

    public async countByIntegration(environmentId: number) {
        const result = await db.knex.raw(
            `SELECT provider_config_key, count(*)::int AS total FROM ${schema()}.${CONNECTIONS} WHERE environment_id = ? AND deleted = false GROUP BY provider_config_key`,
            [environmentId]
        );
        return result.rows as { provider_config_key: string; total: number }[];
    }
}

export const connectionService = new ConnectionService();
