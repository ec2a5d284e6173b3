import express from 'express';
import asyncHandler from '../utils/async-handler.js';
import collectionExists from '../middleware/collection-exists.js';
import sanitizeQueryMiddleware from '../middleware/sanitize-query.js';
import { ItemsService } from '../services/items.js';

const router = express.Router();

router.get(
	'/:collection',
	collectionExists,
	sanitizeQueryMiddleware,
	asyncHandler(async (req, res, next) => {
		const service = new ItemsService(req.collection, {
			accountability: req.accountability,
			schema: req.schema,
		});

		const records = await service.readByQuery(res.locals['query']);
		res.locals['payload'] = { data: records || null };
		return next();
	}),
);

router.get(
	'/:collection/prefix/:field',
	collectionExists,
	asyncHandler(async (req, res, next) => {
		const service = new ItemsService(req.collection, {
			accountability: req.accountability,
			schema: req.schema,
		});

		const prefix = typeof req.query['q'] === 'string' ? req.query['q'] : '';
		const records = await service.readByPrefix(req.params['field']!, prefix);
		res.locals['payload'] = { data: records };
		return next();
	}),
);

export default router;
