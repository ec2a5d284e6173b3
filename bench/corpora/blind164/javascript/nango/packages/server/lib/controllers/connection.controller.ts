import type { Request, Response, NextFunction } from 'express';
import { z } from 'zod';
import { connectionService } from '@nangohq/shared';

const listQuery = z.object({
    search: z.string().max(255).optional(),
    integrationId: z.union([z.string(), z.array(z.string())]).optional(),
    orderBy: z.enum(['created', 'updated', 'connection']).default('created'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
});

class ConnectionController {
    public async listConnections(req: Request, res: Response, next: NextFunction) {
        try {
            const parsed = listQuery.safeParse(req.query);
            if (!parsed.success) {
                res.status(400).send({ error: { code: 'invalid_query_params', errors: parsed.error.issues } });
                return;
            }
            const { search, integrationId, orderBy, limit } = parsed.data;
            const connections = await connectionService.listConnections({
                environmentId: res.locals['environment'].id,
                search,
                integrationIds: integrationId ? ([] as string[]).concat(integrationId) : undefined,
                orderBy,
                limit,
            });
            res.status(200).send({ connections });
        } catch (err) {
            next(err);
        }
    }

    public async getConnectionCreds(req: Request, res: Response, next: NextFunction) {
        try {
            const connectionId = String(req.params['connectionId']);
            const providerConfigKey = String(req.query['provider_config_key'] || '');
            const connection = await connectionService.getConnectionWithRefresh({ connectionId, providerConfigKey, environmentId: res.locals['environment'].id });
            res.status(connection ? 200 : 404).send(connection ?? { error: { code: 'not_found' } });
        } catch (err) {
            next(err);
        }
    }

    public async deleteConnection(req: Request, res: Response, next: NextFunction) {
        try {
            await connectionService.softDelete({ connectionId: String(req.params['connectionId']), environmentId: res.locals['environment'].id });
            res.status(204).send();
        } catch (err) {
            next(err);
        }
    }
}

export default new ConnectionController();
