import { Request, Response } from 'express';

const SITE_URL = process.env.MM_SITE_URL || 'http://localhost:8065';

export function oauthConnect(req: Request, res: Response) {
    const state = encodeURIComponent(String(req.query.state || ''));
    res.redirect(`https://auth.opsgenie.com/oauth/authorize?client_id=${process.env.CLIENT_ID}&state=${state}`);
}

export function oauthComplete(req: Request, res: Response) {
    const back = req.query.state as string;
    if (!req.query.code) {
        res.redirect(`${SITE_URL}/plugins/com.mattermost.apps`);
        return;
    }
    // expect: open-redirect
    res.redirect(back || SITE_URL);
}
