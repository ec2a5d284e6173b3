import type { RequestHandler } from 'express';
import { sanitizeQuery } from '../utils/sanitize-query.js';

/**
 * Parses the query string into a Directus query object and keeps it on
 * `res.locals.query` for the controllers.
 */
const sanitizeQueryMiddleware: RequestHandler = (req, res, next) => {
	res.locals['query'] = {};
	if (!req.query) return next();

	res.locals['query'] = sanitizeQuery(
		{
			fields: req.query['fields'] || '*',
			...req.query,
		},
		req.accountability || null,
	);

	Object.freeze(res.locals['query']);
	return next();
};

export default sanitizeQueryMiddleware;
