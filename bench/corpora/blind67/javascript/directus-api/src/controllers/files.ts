import express from 'express';
import Joi from 'joi';
import asyncHandler from '../utils/async-handler.js';
import { FilesService } from '../services/files.js';
import { InvalidPayloadError } from '../errors/index.js';

const router = express.Router();

const importSchema = Joi.object({
	url: Joi.string().required(),
	data: Joi.object(),
});

router.post(
	'/import',
	asyncHandler(async (req, res, next) => {
		const { error, value } = importSchema.validate(req.body);
		if (error) {
			throw new InvalidPayloadError({ reason: error.message });
		}

		const service = new FilesService({ accountability: req.accountability, schema: req.schema });
		const primaryKey = await service.importOne(value.url, value.data ?? {});
		res.locals['payload'] = { data: { id: primaryKey } };
		return next();
	}),
);

router.post(
	'/import/unsplash/:photoId',
	asyncHandler(async (req, res, next) => {
		const service = new FilesService({ accountability: req.accountability, schema: req.schema });
		const primaryKey = await service.importFromUnsplash(req.params['photoId']!, req.body?.data ?? {});
		res.locals['payload'] = { data: { id: primaryKey } };
		return next();
	}),
);

export default router;
