import express from 'express';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import asyncHandler from '../utils/async-handler.js';
import { useEnv } from '@directus/env';
import getDatabase from '../database/index.js';

const router = express.Router();
const env = useEnv();

router.get(
	'/templates/:key',
	asyncHandler(async (req, res) => {
		const templatesDir = path.join(String(env['EXTENSIONS_PATH']), 'templates');
		const file = path.join(templatesDir, `${req.params['key']}.json`);
		// expect: path-traversal
		const raw = await readFile(file, 'utf8');
		res.json({ data: JSON.parse(raw) });
	}),
);

router.get(
	'/:id',
	asyncHandler(async (req, res) => {
		const id = Number.parseInt(req.params['id']!, 10);
		if (Number.isNaN(id)) {
			res.status(400).json({ errors: [{ message: 'Invalid id' }] });
			return;
		}
		const preset = await getDatabase().select('*').from('directus_presets').where({ id }).first();
		res.json({ data: preset ?? null });
	}),
);

export default router;
