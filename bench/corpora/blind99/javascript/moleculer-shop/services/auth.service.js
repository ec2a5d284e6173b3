"use strict";

const { URL } = require("url");

const APP_ORIGIN = process.env.APP_ORIGIN || "https://shop.example.com";

module.exports = {
	name: "auth",

	actions: {
		callback: {
			params: { code: "string", next: { type: "string", optional: true } },
			async handler(ctx) {
				const session = await this.exchangeCode(ctx.params.code);
				const next = ctx.params.next || "/account";
				ctx.meta.$responseHeaders = { "Set-Cookie": `sid=${session.id}; HttpOnly; Secure; SameSite=Lax; Path=/` };
				ctx.meta.$statusCode = 302;
				// expect: open-redirect
				ctx.meta.$location = next;
			}
		},

		logout: {
			params: { next: { type: "string", optional: true } },
			handler(ctx) {
				const target = new URL(ctx.params.next || "/", APP_ORIGIN);
				ctx.meta.$statusCode = 302;
				ctx.meta.$location = target.origin === APP_ORIGIN ? target.pathname : "/";
			}
		},

		resolveToken: {
			visibility: "public",
			params: { token: "string" },
			handler(ctx) {
				return this.broker.cacher ? this.broker.cacher.get(`session:${ctx.params.token}`) : null;
			}
		}
	},

	methods: {
		async exchangeCode(code) {
			return { id: Buffer.from(code).toString("hex").slice(0, 32) };
		}
	}
};
