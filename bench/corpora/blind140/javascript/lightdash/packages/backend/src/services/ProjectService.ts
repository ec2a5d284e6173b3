import type { SessionUser } from '@lightdash/common';
import { ForbiddenError, ParameterError } from '@lightdash/common';
import { warehouseClientFromProject } from '../clients/warehouse';

const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/;

export class ProjectService {
    private async client(user: SessionUser, projectUuid: string) {
        if (!user.ability.can('manage', 'SqlRunner')) {
            throw new ForbiddenError();
        }
        return warehouseClientFromProject(projectUuid);
    }

    async getTableSample(user: SessionUser, projectUuid: string, table: string, sortBy: string) {
        const warehouseClient = await this.client(user, projectUuid);
        // expect: sql-injection
        return warehouseClient.runQuery(`SELECT * FROM ${table} ORDER BY ${sortBy} LIMIT 50`, { query_context: 'sqlRunnerSample' });
    }

    async getTableSampleStrict(user: SessionUser, projectUuid: string, table: string, sortBy: string) {
        if (!IDENTIFIER_RE.test(table) || !IDENTIFIER_RE.test(sortBy)) {
            throw new ParameterError('Invalid identifier');
        }
        const warehouseClient = await this.client(user, projectUuid);
        const q = warehouseClient.getFieldQuoteChar();
        const quoted = table.split('.').map((part) => `${q}${part}${q}`).join('.');
        return warehouseClient.runQuery(`SELECT * FROM ${quoted} ORDER BY ${q}${sortBy}${q} LIMIT 50`, {
            query_context: 'sqlRunnerSample',
        });
    }
}
