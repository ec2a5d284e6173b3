const Access = require('./access');

module.exports = () => {
	return function (req, res, next) {
		res.locals.access = null;
		const access = new Access(res.locals.token || null);
		access.load()
			.then(() => {
				res.locals.access = access;
				res.locals.clientIp = req.headers['x-real-ip'] || req.ip;
				next();
			})
			.catch(next);
	};
};
