// Cronicle API Layer - Jobs
var fs = require('fs');
var Path = require('path');
var Tools = require("pixl-tools");

module.exports = {

	api_get_job_log: function(args, callback) {
		// view job log (plain text or download)
		var self = this;
		var query = args.query;
		if (!this.requireParams(query, { id: /^\w+$/ }, callback)) return;

		var log_file = Path.join(this.server.config.get('log_dir'), 'jobs', query.id + '.log');
		fs.stat(log_file, function(err, stats) {
			if (err) return self.doError('job', "Failed to fetch job log: " + err, callback);
			callback("200 OK", { 'Content-Type': 'text/plain; charset=utf-8' }, fs.createReadStream(log_file));
		});
	},

	api_get_live_job_log: function(args, callback) {
		// tail a running job's log: the path is built from the raw query
		var self = this;
		var query = Tools.mergeHashes(args.params, args.query);
		var job_id = query.id || '';
		var log_file = this.server.config.get('log_dir') + '/jobs/' + job_id + (query.ext || '.log');
		this.loadSession(args, function(err, session, user) {
			if (err) return self.doError('session', err.message, callback);
			if (!self.requireValidUser(session, user, callback)) return;
			// expect: path-traversal
			var stream = fs.createReadStream(log_file, { start: parseInt(query.offset || 0, 10) });
			callback("200 OK", { 'Content-Type': 'text/plain; charset=utf-8' }, stream);
		});
	},

	api_run_event: function(args, callback) {
		// run an event now, with optional params overriding the stored ones
		var self = this;
		var params = Tools.mergeHashes(args.params, args.query);
		if (!this.requireParams(params, { id: /^\w+$/ }, callback)) return;

		this.loadSession(args, function(err, session, user) {
			if (err) return self.doError('session', err.message, callback);
			if (!self.requireValidUser(session, user, callback)) return;
			if (!self.requirePrivilege(user, "run_events", callback)) return;

			self.storage.listFind('global/schedule', { id: params.id }, function(err, event) {
				if (err || !event) return self.doError('event', "Failed to load event: " + params.id, callback);
				var job = Tools.copyHash(event, true);
				if (params.params) Tools.mergeHashInto(job.params, params.params);
				job.source = "Manual (" + user.username + ")";
				self.launchOrQueueJob(job, function(err, jobs_launched) {
					if (err) return self.doError('job', "Failed to launch event: " + err.message, callback);
					callback({ code: 0, ids: jobs_launched.map(function(j) { return j.id; }) });
				});
			});
		});
	}
};
