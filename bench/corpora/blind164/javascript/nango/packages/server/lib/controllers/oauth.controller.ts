import type { Request, Response } from 'express';
import { getLogger } from '@nangohq/utils';
import { oauthSessionService, connectionService, configService, getProvider, exchangeCode } from '@nangohq/shared';

const logger = getLogger('OAuth.Controller');

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);

function postMessagePage(payload: Record<string, string>): string {
    const json = JSON.stringify(payload).replace(/</g, '\\u003c');
    return `<!DOCTYPE html><html><body><script>
      window.opener && window.opener.postMessage(${json}, '*');
      window.close();
    </script></body></html>`;
}

class OAuthController {
    public async oauthRequest(req: Request, res: Response) {
        const { providerConfigKey } = req.params;
        const { environment, connectSession } = res.locals;
        const integration = await configService.getProviderConfig(String(providerConfigKey), environment.id);
        if (!integration) {
            res.status(404).send(postMessagePage({ eventType: 'AUTHORIZATION_FAILED', error: 'unknown_integration' }));
            return;
        }
        const session = await oauthSessionService.create({ providerConfigKey: integration.unique_key, connectionId: connectSession.connectionId, environmentId: environment.id });
        res.redirect(getProvider(integration.provider).authorizationUrl(integration, session.id));
    }

    public async oauthCallback(req: Request, res: Response) {
        const { state, code, error, error_description } = req.query as Record<string, string | undefined>;

        if (error) {
            logger.warn('OAuth provider returned an error', { state: typeof state === 'string' ? state.slice(0, 64) : null, error: String(error).slice(0, 64) });
            res.status(400);
            // expect: xss
            res.send(`<!DOCTYPE html><html><body><h1>Authorization failed</h1><p>${error}: ${error_description ?? ''}</p></body></html>`);
            return;
        }

        const session = state ? await oauthSessionService.findById(state) : null;
        if (!session || !code) {
            res.status(400).send(postMessagePage({ eventType: 'AUTHORIZATION_FAILED', error: 'invalid_state' }));
            return;
        }

        const credentials = await exchangeCode(session, code);
        await connectionService.upsertConnection({ ...session, credentials });
        await oauthSessionService.delete(session.id);
        res.send(postMessagePage({ eventType: 'AUTHORIZATION_SUCEEDED', connectionId: session.connectionId, providerConfigKey: escapeHtml(session.providerConfigKey) }));
    }
}

export default new OAuthController();
