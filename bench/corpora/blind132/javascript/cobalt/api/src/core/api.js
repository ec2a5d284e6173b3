import { env } from '../config.js';
import match from '../processing/match.js';
import { normalizeRequest } from '../processing/request.js';
import { extract } from '../processing/url.js';
import { trimClip } from '../stream/clip.js';
import { openCached, openCachedById } from '../stream/cache.js';
import { requestLine } from '../misc/console-text.js';

const fail = (res, code) => res.status(400).json({ status: 'error', error: { code } });

export const runAPI = (express, app) => {
    app.use('/', express.json({ limit: 1024 }));

    app.post('/', async (req, res) => {
        const request = normalizeRequest(req.body);
        if (!request || !request.url) {
            return fail(res, 'error.api.link.missing');
        }

        requestLine(req.get('user-agent'), request.url);

        const parsed = extract(request.url, { allowGeneric: env.allowGenericService });
        if (!parsed) {
            return fail(res, 'error.api.link.unsupported');
        }

        const result = await match({ host: parsed.host, patternMatch: parsed.patternMatch, params: request });
        return res.status(result.status).json(result.body);
    });

    app.post('/clip', async (req, res) => {
        const { id, start = '0', duration = '30' } = req.body;
        const file = await trimClip(String(id), start, duration);
        res.json({ status: 'tunnel', url: `${env.apiURL}cache/${file}` });
    });

    app.get('/cache/:name', (req, res) => {
        if (req.query.id) {
            return openCachedById(String(req.query.id)).pipe(res);
        }
        openCached(req.params.name).pipe(res);
    });
};
