"use strict";

const DbService = require("moleculer-db");
const MongoAdapter = require("moleculer-db-adapter-mongo");
const escapeStringRegexp = require("escape-string-regexp");

module.exports = {
	name: "products",
	mixins: [DbService],
	adapter: new MongoAdapter(process.env.MONGO_URI || "mongodb://localhost/shop"),
	collection: "products",

	settings: {
		fields: ["_id", "name", "sku", "price", "tenant"]
	},

	actions: {
		search: {
			params: {
				q: { type: "string", optional: true, default: "" },
				limit: { type: "number", convert: true, optional: true, default: 20 }
			},
			async handler(ctx) {
				const regex = new RegExp(escapeStringRegexp(ctx.params.q), "i");
				return this.adapter.find({ query: { tenant: ctx.meta.tenant, name: regex }, limit: ctx.params.limit });
			}
		},

		byFilter: {
			params: {
				filter: { type: "string" }
			},
			async handler(ctx) {
				const filter = JSON.parse(ctx.params.filter);
				const selector = Object.assign({ tenant: ctx.meta.tenant }, filter);
				// expect: nosql-injection
				return this.adapter.collection.find(selector).limit(50).toArray();
			}
		},

		bySku: {
			params: { sku: "string" },
			async handler(ctx) {
				return this.adapter.collection.findOne({ tenant: ctx.meta.tenant, sku: String(ctx.params.sku) });
			}
		}
	}
};
