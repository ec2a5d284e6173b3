// Cronicle API Layer - Events (web hook test)
var Tools = require("pixl-tools");
var Request = require("pixl-request");

var request = new Request("Cronicle/1.0");
request.setTimeout(30 * 1000);

module.exports = {

	api_test_web_hook: function(args, callback) {
		var self = this;
		var params = Tools.mergeHashes(args.params, args.query);
		this.loadSession(args, function(err, session, user) {
			if (err) return self.doError('session', err.message, callback);
			if (!self.requirePrivilege(user, "edit_events", callback)) return;
			var hook_url = params.web_hook || self.server.config.get('web_hook_default');
			var payload = { action: 'test', text: "Test web hook from " + user.username };
			// expect: ssrf
			request.json(hook_url, payload, function(err, resp, data) {
				if (err) return self.doError('webhook', "Web hook failed: " + err.message, callback);
				callback({ code: 0, status: resp.statusCode });
			});
		});
	},

	api_test_slack_hook: function(args, callback) {
		var self = this;
		var params = Tools.mergeHashes(args.params, args.query);
		var hook_url = String(params.web_hook || '');
		if (!hook_url.match(/^https:\/\/hooks\.slack\.com\/services\/[\w\/]+$/)) return this.doError('webhook', "Not a Slack hook URL", callback);
		request.json(hook_url, { text: "Test" }, function(err, resp) {
			if (err) return self.doError('webhook', err.message, callback);
			callback({ code: 0, status: resp.statusCode });
		});
	}
};
