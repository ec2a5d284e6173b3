// Cronicle API Layer - User login with an audit trail file
var fs = require('fs');
var Tools = require("pixl-tools");

module.exports = {

	api_user_login: function(args, callback) {
		var self = this;
		var params = args.params;
		var username = params.username || '';
		var ip = args.request.headers['x-forwarded-for'] || args.ip;
		var audit_file = this.server.config.get('log_dir') + '/Login.log';

		this.storage.get('users/' + this.normalizeUsername(username), function(err, user) {
			if (err || !user || !self.checkPassword(params.password, user)) {
				// expect: log-injection
				fs.appendFileSync(audit_file, "[" + Tools.timeNow(true) + "][login][failure] user=" + username + " ip=" + ip + "\n");
				return self.doError('login', "Username or password incorrect.", callback);
			}
			fs.appendFileSync(audit_file, "[" + Tools.timeNow(true) + "][login][success] " + JSON.stringify({ user: user.username, ip: ip }) + "\n");
			self.createSession(user, args, callback);
		});
	}
};
