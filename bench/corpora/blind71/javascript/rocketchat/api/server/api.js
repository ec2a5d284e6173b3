import express from 'express';
import { Users } from '../../models/Users';

// A small REST layer in the shape of Rocket.Chat's API.v1: routes are objects of
// verb methods, invoked with `this` holding the parsed request.
class APIClass {
	constructor({ version }) {
		this.version = version;
		this.router = express.Router();
	}

	success(result = {}) {
		return { statusCode: 200, body: { ...result, success: true } };
	}

	failure(message, statusCode = 400) {
		return { statusCode, body: { success: false, error: message } };
	}

	unauthorized() {
		return this.failure('You must be logged in to do this.', 401);
	}

	addRoute(routes, options, endpoints) {
		const paths = Array.isArray(routes) ? routes : [routes];
		for (const path of paths) {
			for (const [method, action] of Object.entries(endpoints)) {
				this.router[method](`/api/${this.version}/${path}`, async (req, res) => {
					const context = {
						request: req,
						response: res,
						urlParams: req.params,
						queryParams: req.query,
						bodyParams: req.body || {},
						userId: undefined,
						user: undefined,
					};
					if (options.authRequired) {
						const user = await Users.findOneByTokenAndId(req.get('X-Auth-Token'), req.get('X-User-Id'));
						if (!user) {
							const result = this.unauthorized();
							return res.status(result.statusCode).json(result.body);
						}
						context.user = user;
						context.userId = user._id;
					}
					try {
						const result = await action.call({ ...context, ...this.helpers(context) });
						res.status(result.statusCode).json(result.body);
					} catch (err) {
						res.status(400).json({ success: false, error: err.message });
					}
				});
			}
		}
	}

	helpers(context) {
		return {
			success: this.success.bind(this),
			failure: this.failure.bind(this),
			getPaginationItems: () => {
				const count = Number.parseInt(context.queryParams.count, 10);
				const offset = Number.parseInt(context.queryParams.offset, 10);
				return {
					count: Number.isNaN(count) ? 25 : Math.min(count, 100),
					offset: Number.isNaN(offset) ? 0 : offset,
				};
			},
		};
	}
}

export const API = {
	v1: new APIClass({ version: 'v1' }),
};
