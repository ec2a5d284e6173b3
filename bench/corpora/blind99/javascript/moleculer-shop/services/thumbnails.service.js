"use strict";

const { exec, execFile } = require("child_process");
const { promisify } = require("util");
const path = require("path");

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);

module.exports = {
	name: "thumbnails",

	actions: {
		create: {
			params: {
				name: "string",
				size: { type: "string", optional: true },
				width: { type: "number", convert: true, optional: true, default: 200 }
			},
			async handler(ctx) {
				const source = await ctx.call("files.locate", { name: ctx.params.name });
				const size = ctx.params.size ? ctx.params.size : `${ctx.params.width}x${ctx.params.width}`;
				const jobs = [{ source, size, out: `${source}.thumb.png` }];
				ctx.emit("thumbnails.requested", { name: ctx.params.name, size });
				return Promise.all(jobs.map(job => this.resize(job)));
			}
		}
	},

	methods: {
		async resize(job) {
			// expect: command-injection
			await execAsync(`convert ${job.source} -resize ${job.size} ${job.out}`);
			return path.basename(job.out);
		},

		async resizeSafe(job) {
			await execFileAsync("convert", [job.source, "-resize", `${parseInt(job.width, 10)}x${parseInt(job.width, 10)}`, job.out]);
			return path.basename(job.out);
		}
	}
};
