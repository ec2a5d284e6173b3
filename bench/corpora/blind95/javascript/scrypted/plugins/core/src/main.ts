import sdk, { HttpRequest, HttpRequestHandler, HttpResponse, ScryptedDeviceBase } from '@scrypted/sdk';
import Router from 'router';
import { ScriptRunner } from './script-runner';
import { MediaCore } from './media-core';
import { renderLoginPage, renderLoginPageSafe } from './login-page';

const { endpointManager } = sdk;

class ScryptedCore extends ScryptedDeviceBase implements HttpRequestHandler {
    router = Router();
    scripts = new ScriptRunner(this.storage);
    media = new MediaCore('/server/volume/media');

    constructor() {
        super();
        this.router.post('/script/eval', async (req: any, res: any) => {
            const result = await this.scripts.evalScript(req.scryptedRequest.body);
            res.send(JSON.stringify(result));
        });
        this.router.post('/script/eval-checked', async (req: any, res: any) => {
            const result = await this.scripts.evalScriptChecked(req.scryptedRequest.body);
            res.send(JSON.stringify(result));
        });
        this.router.get('/media/:name', async (req: any, res: any) => {
            res.send(await this.media.readClip(req.params.name));
        });
        this.router.get('/media-safe/:name', async (req: any, res: any) => {
            res.send(await this.media.readClipChecked(req.params.name));
        });
    }

    async onRequest(request: HttpRequest, response: HttpResponse) {
        const url = new URL(request.url, 'http://localhost');
        if (url.pathname.endsWith('/login')) {
            const redirect = url.searchParams.get('redirect_uri') ?? '/endpoint/@scrypted/core/public/';
            // expect: xss
            response.send(renderLoginPage(redirect), { headers: { 'Content-Type': 'text/html' } });
            return;
        }
        if (url.pathname.endsWith('/login-safe')) {
            const redirect = url.searchParams.get('redirect_uri') ?? '/endpoint/@scrypted/core/public/';
            response.send(renderLoginPageSafe(redirect), { headers: { 'Content-Type': 'text/html' } });
            return;
        }
        const req: any = { url: url.pathname, method: request.method, scryptedRequest: request, params: {} };
        const res: any = { send: (body: any) => response.send(body) };
        this.router(req, res, () => response.send('Not Found', { code: 404 }));
    }

    async getLoginEndpoint() {
        return endpointManager.getPublicLocalEndpoint(this.nativeId);
    }
}

export default ScryptedCore;
