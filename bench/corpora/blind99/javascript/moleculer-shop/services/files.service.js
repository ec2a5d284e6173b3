"use strict";

const fs = require("fs");
const path = require("path");

const UPLOAD_DIR = process.env.UPLOAD_DIR || path.join(__dirname, "..", "public", "uploads");

module.exports = {
	name: "files",

	actions: {
		get: {
			params: { name: "string", variant: { type: "string", optional: true } },
			handler(ctx) {
				const variant = ctx.params.variant || "original";
				const filePath = this.resolveFile(ctx.meta.tenant, variant, ctx.params.name);
				ctx.meta.$responseType = "application/octet-stream";
				// expect: path-traversal
				return fs.createReadStream(filePath);
			}
		},

		locate: {
			visibility: "protected",
			params: { name: { type: "string", pattern: /^[\w-]+\.(png|jpe?g|webp)$/ } },
			handler(ctx) {
				return this.resolveFile(ctx.meta.tenant, "original", ctx.params.name);
			}
		},

		getChecked: {
			params: { name: { type: "string", pattern: /^[\w-]+\.(png|jpe?g|webp)$/ } },
			handler(ctx) {
				const filePath = path.join(UPLOAD_DIR, "default", "original", ctx.params.name);
				return fs.createReadStream(filePath);
			}
		}
	},

	methods: {
		resolveFile(tenant, variant, name) {
			return path.join(UPLOAD_DIR, tenant, variant, name);
		}
	}
};
