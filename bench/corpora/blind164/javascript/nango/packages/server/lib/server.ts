import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { getLogger } from '@nangohq/utils';
import authMiddleware from './controllers/access.middleware.js';
import proxyController from './controllers/proxy.controller.js';
import oauthController from './controllers/oauth.controller.js';
import connectionController from './controllers/connection.controller.js';

const logger = getLogger('Server');
const app = express();

app.set('trust proxy', true);
app.use(helmet({ contentSecurityPolicy: false }));
app.use(express.json({ limit: '75mb' }));
app.use(express.urlencoded({ extended: false }));

const publicApi = express.Router();
publicApi.use(cors());
publicApi.use(authMiddleware.secretKeyAuth.bind(authMiddleware));

// Proxy: every verb is forwarded to the provider.
publicApi.all('/proxy/*', proxyController.routeCall.bind(proxyController));

publicApi.get('/connection', connectionController.listConnections.bind(connectionController));
publicApi.get('/connection/:connectionId', connectionController.getConnectionCreds.bind(connectionController));
publicApi.delete('/connection/:connectionId', connectionController.deleteConnection.bind(connectionController));

app.use(publicApi);

// OAuth dance, reached from the end user's browser.
app.get('/oauth/connect/:providerConfigKey', authMiddleware.connectSessionAuth.bind(authMiddleware), oauthController.oauthRequest.bind(oauthController));
app.get('/oauth/callback', oauthController.oauthCallback.bind(oauthController));

app.get('/health', (_req, res) => {
    res.status(200).send({ result: 'ok' });
});

app.use((err: Error, req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.error('Unhandled error', { path: req.path, message: err.message });
    res.status(500).json({ error: { code: 'server_error' } });
});

const port = Number(process.env['SERVER_PORT'] || 3003);
app.listen(port, () => {
    logger.info(`Server listening on port ${port}`);
});
