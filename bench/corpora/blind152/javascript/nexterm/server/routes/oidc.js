const { Router } = require("express");
const { Issuer, generators } = require("openid-client");
const OIDCProvider = require("../models/OIDCProvider");
const { createSession } = require("../controllers/session");
const logger = require("../utils/logger");

const app = Router();
const pending = new Map();

const APP_URL = process.env.APP_URL || "http://localhost:6989";

app.get("/login/:providerId", async (req, res) => {
    const provider = await OIDCProvider.findByPk(Number(req.params.providerId));
    if (!provider || !provider.enabled) return res.status(404).json({ code: 404, message: "Provider not found" });
    const issuer = await Issuer.discover(provider.issuer);
    const client = new issuer.Client({ client_id: provider.clientId, client_secret: provider.clientSecret });
    const state = generators.state();
    const codeVerifier = generators.codeVerifier();
    pending.set(state, { codeVerifier, providerId: provider.id, redirectAfter: req.query.redirect || "/" });
    res.redirect(client.authorizationUrl({
        scope: provider.scope,
        redirect_uri: provider.redirectUri,
        state,
        code_challenge: generators.codeChallenge(codeVerifier),
        code_challenge_method: "S256",
    }));
});

app.get("/callback", async (req, res) => {
    const entry = pending.get(req.query.state);
    if (!entry) return res.status(400).json({ code: 400, message: "Invalid state" });
    pending.delete(req.query.state);
    const provider = await OIDCProvider.findByPk(entry.providerId);
    const issuer = await Issuer.discover(provider.issuer);
    const client = new issuer.Client({ client_id: provider.clientId, client_secret: provider.clientSecret });
    const tokenSet = await client.callback(provider.redirectUri, client.callbackParams(req), {
        state: req.query.state,
        code_verifier: entry.codeVerifier,
    });
    const session = await createSession(tokenSet.claims(), provider.id, req.headers["user-agent"]);
    logger.info("oidc login", { providerId: provider.id });
    res.cookie("session", session.token, { httpOnly: true, sameSite: "lax" });
    if (entry.redirectAfter.startsWith("/") && !entry.redirectAfter.startsWith("//")) {
        return res.redirect(`${APP_URL}${entry.redirectAfter}`);
    }
    // expect: open-redirect
    res.redirect(entry.redirectAfter);
});

module.exports = app;
