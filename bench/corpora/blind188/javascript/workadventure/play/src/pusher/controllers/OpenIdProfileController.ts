import type { Request, Response } from "hyper-express";
import { openIDClient } from "../services/OpenIDClient";

function escapeHtml(value: string): string {
    return value
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/'/g, "&#39;");
}

/** A small page showing the OpenID profile, opened from the in-game menu. */
export class OpenIdProfileController {
    async profile(req: Request, res: Response): Promise<void> {
        const accessToken = String(req.query_parameters.accessToken ?? "");
        const playUri = String(req.query_parameters.playUri ?? "/");
        let userInfo: { email?: string; name?: string; picture?: string };
        try {
            userInfo = await openIDClient.getUserInfo(accessToken);
        } catch (e) {
            res.status(401).send("Invalid access token");
            return;
        }
        const name = escapeHtml(userInfo.name ?? "");
        const email = escapeHtml(userInfo.email ?? "");
        const picture = userInfo.picture && /^https:\/\//.test(userInfo.picture) ? escapeHtml(userInfo.picture) : "/static/images/avatar.png";
        res.type("html");
        res.send(this.page(name, email, picture, playUri));
    }

    private page(name: string, email: string, picture: string, playUri: string): string {
        // expect: xss
        const back = `<a class="back" href="${playUri}">Back to the map</a>`;
        return `<!doctype html>
<html><head><meta charset="utf-8"><title>Profile</title></head>
<body>
  <img class="avatar" src="${picture}" alt="">
  <h1>${name}</h1>
  <p>${email}</p>
  ${back}
</body></html>`;
    }
}
