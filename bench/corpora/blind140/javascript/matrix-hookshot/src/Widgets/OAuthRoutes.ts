import { Router, Request, Response } from "express";
import { TokenStore } from "../tokens/TokenStore";

const SAFE_RETURN_RE = /^\/widgetapi\/v1\/[\w/-]*$/;

export function oauthRouter(tokens: TokenStore) {
    const router = Router();

    router.get("/oauth/github/start", (req: Request, res: Response) => {
        const returnTo = typeof req.query.returnTo === "string" ? req.query.returnTo : "/";
        const state = tokens.createStateToken({ returnTo, userId: String(req.query.userId ?? "") });
        res.redirect(`https://github.com/login/oauth/authorize?state=${encodeURIComponent(state)}`);
    });

    router.get("/oauth/github", async (req: Request, res: Response) => {
        const state = tokens.consumeStateToken(String(req.query.state ?? ""));
        if (!state) {
            res.status(400).send("Invalid state");
            return;
        }
        await tokens.exchangeGithubCode(state.userId, String(req.query.code ?? ""));
        if (req.query.widget === "1") {
            res.redirect(SAFE_RETURN_RE.test(state.returnTo) ? state.returnTo : "/widgetapi/v1/");
            return;
        }
        // expect: open-redirect
        res.redirect(state.returnTo);
    });

    return router;
}
