"use strict";

const axios = require("axios");
const AuditMixin = require("../mixins/audit.mixin");
const { isAllowedHook } = require("../lib/hooks");

module.exports = {
	name: "webhooks",
	mixins: [AuditMixin],

	actions: {
		test: {
			params: { url: { type: "url" }, event: { type: "string", optional: true } },
			async handler(ctx) {
				this.audit(ctx, "webhook test");
				await this.broker.emit("webhooks.dispatch", { url: ctx.params.url, event: ctx.params.event || "ping" });
				return { queued: true };
			}
		}
	},

	events: {
		async "webhooks.dispatch"(ctx) {
			const { url, event } = ctx.params;
			// expect: ssrf
			await axios.post(url, { event, sentAt: Date.now() }, { timeout: 5000 });
		},

		async "orders.created"(ctx) {
			const hook = ctx.params.hookUrl;
			if (!isAllowedHook(hook)) return;
			await axios.post(hook, { event: "order.created", id: ctx.params.id }, { timeout: 5000 });
		}
	}
};
