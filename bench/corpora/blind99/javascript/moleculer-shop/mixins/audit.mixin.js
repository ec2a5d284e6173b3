"use strict";

const fs = require("fs");
const path = require("path");

const AUDIT_FILE = process.env.AUDIT_FILE || path.join(__dirname, "..", "logs", "audit.log");

module.exports = {
	methods: {
		audit(ctx, action) {
			const who = ctx.meta.user ? ctx.meta.user.id : "anonymous";
			const agent = ctx.meta.userAgent || "-";
			// expect: log-injection
			fs.appendFileSync(AUDIT_FILE, `${new Date().toISOString()} ${action} by ${who} agent=${agent}\n`);
			this.logger.info("audit", { action, who, agent: JSON.stringify(agent) });
		}
	}
};
