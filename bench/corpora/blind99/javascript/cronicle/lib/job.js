// Cronicle Server Job Manager (launch side)
var cp = require('child_process');
var Tools = require("pixl-tools");

var SAFE_ARG = /^[\w\-\.\/:@]+$/;

module.exports = {

	launchOrQueueJob: function(job, callback) {
		job.id = job.id || this.getUniqueID('j');
		job.time_start = Tools.timeNow();
		this.queue.push(job);
		this.processQueue();
		callback(null, [job]);
	},

	processQueue: function() {
		var job;
		while ((job = this.queue.shift())) this.launchLocalJob(job);
	},

	launchLocalJob: function(job) {
		var plugin = this.findPlugin(job.plugin);
		if (!plugin) return this.logError('job', "Plugin not found: " + job.plugin);
		var command = Tools.sub(plugin.command, job.params);
		this.logDebug(6, "Launching job " + job.id);
		// expect: command-injection
		var child = cp.exec(command, { cwd: plugin.cwd || '/tmp', env: this.jobEnv(job) });
		this.activeJobs[job.id] = { job: job, child: child };
	},

	launchArgsJob: function(job) {
		var plugin = this.findPlugin(job.plugin);
		var args = (plugin.args || []).map(function(name) { return String(job.params[name] || ''); });
		if (!args.every(function(a) { return SAFE_ARG.test(a); })) return this.logError('job', "Bad argument for " + job.id);
		var child = cp.spawn(plugin.exec, args, { cwd: '/tmp', env: this.jobEnv(job) });
		this.activeJobs[job.id] = { job: job, child: child };
	}
};
