// Cronicle API Layer (shaped on the project's pixl-server-api style)
var Class = require("pixl-class");
var Tools = require("pixl-tools");

module.exports = Class.create({
	__mixins: [
		require('./api/job.js'),
		require('./api/event.js'),
		require('./api/user.js')
	],

	api_ping: function(args, callback) {
		callback({ code: 0 });
	},

	requireParams: function(params, rules, callback) {
		// only checks that each listed param exists and matches its regexp
		for (var key in rules) {
			var regexp = rules[key];
			if (typeof(params[key]) == 'undefined') {
				this.doError('api', "Missing parameter: " + key, callback);
				return false;
			}
			if (!params[key].toString().match(regexp)) {
				this.doError('api', "Malformed parameter: " + key, callback);
				return false;
			}
		}
		return true;
	},

	doError: function(code, msg, callback) {
		this.logError(code, msg);
		callback({ code: code, description: msg });
		return null;
	}
});
