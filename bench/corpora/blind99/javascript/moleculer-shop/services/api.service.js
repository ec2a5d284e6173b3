"use strict";

const ApiGateway = require("moleculer-web");
const { UnAuthorizedError, ERR_NO_TOKEN } = ApiGateway.Errors;

module.exports = {
	name: "api",
	mixins: [ApiGateway],

	settings: {
		port: process.env.PORT || 3000,
		routes: [
			{
				path: "/api",
				whitelist: ["products.*", "files.*", "thumbnails.*", "webhooks.*", "auth.*"],
				authentication: true,
				autoAliases: false,
				aliases: {
					"GET products/search": "products.search",
					"GET products/by-filter": "products.byFilter",
					"GET files/:name": "files.get",
					"POST thumbnails": "thumbnails.create",
					"POST webhooks/test": "webhooks.test",
					"GET auth/callback": "auth.callback",
					"GET auth/logout": "auth.logout"
				},
				bodyParsers: { json: { strict: false, limit: "1MB" }, urlencoded: { extended: true } },
				mappingPolicy: "restrict",
				onBeforeCall(ctx, route, req) {
					ctx.meta.userAgent = req.headers["user-agent"];
					ctx.meta.clientIp = req.headers["x-forwarded-for"] || req.connection.remoteAddress;
					ctx.meta.tenant = req.headers["x-tenant"] || "default";
				}
			}
		]
	},

	methods: {
		async authenticate(ctx, route, req) {
			const auth = req.headers["authorization"];
			if (!auth || !auth.startsWith("Bearer ")) {
				if (req.$action.name === "auth.callback" || req.$action.name === "auth.logout") return null;
				throw new UnAuthorizedError(ERR_NO_TOKEN);
			}
			const user = await ctx.call("auth.resolveToken", { token: auth.slice(7) });
			if (!user) throw new UnAuthorizedError(ERR_NO_TOKEN);
			return user;
		}
	}
};
