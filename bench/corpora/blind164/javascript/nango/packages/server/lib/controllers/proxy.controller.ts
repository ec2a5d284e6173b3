import type { Request, Response, NextFunction } from 'express';
import { getLogger } from '@nangohq/utils';
import { connectionService, configService, proxyService, getProvider } from '@nangohq/shared';
import type { ProxyBodyConfiguration } from '@nangohq/types';

const logger = getLogger('Proxy.Controller');

class ProxyController {
    public async routeCall(req: Request, res: Response, next: NextFunction) {
        const { environment, account } = res.locals;
        const connectionId = req.get('Connection-Id') as string;
        const providerConfigKey = req.get('Provider-Config-Key') as string;
        const baseUrlOverride = req.get('Base-Url-Override');
        const retries = Math.min(Number(req.get('Retries')) || 0, 10);

        if (!connectionId || !providerConfigKey) {
            res.status(400).send({ error: { code: 'missing_headers', message: 'Connection-Id and Provider-Config-Key are required' } });
            return;
        }

        try {
            const integration = await configService.getProviderConfig(providerConfigKey, environment.id);
            if (!integration) {
                res.status(404).send({ error: { code: 'unknown_provider_config' } });
                return;
            }
            const provider = getProvider(integration.provider);
            const connection = await connectionService.getConnectionWithRefresh({ connectionId, providerConfigKey, environmentId: environment.id });

            const endpoint = req.params[0] || '';
            const config: ProxyBodyConfiguration = {
                endpoint: `/${endpoint}`,
                method: req.method,
                headers: proxyService.forwardableHeaders(req.headers),
                params: req.query as Record<string, string>,
                data: req.body,
                retries,
                baseUrlOverride: baseUrlOverride || undefined,
            };
            const response = await proxyService.route({ provider, connection, config });
            res.status(response.status).set(response.headers).send(response.data);
        } catch (err) {
            // expect: log-injection
            logger.error(`Proxy call failed for connection ${connectionId} (${providerConfigKey}) in account ${account.id}: ${(err as Error).message}`);
            next(err);
        }
    }
}

export default new ProxyController();
