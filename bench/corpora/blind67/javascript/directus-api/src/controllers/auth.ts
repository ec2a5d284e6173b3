import express from 'express';
import asyncHandler from '../utils/async-handler.js';
import { AuthenticationService } from '../services/authentication.js';
import { isUrlAllowed } from '../utils/is-url-allowed.js';
import { useEnv } from '@directus/env';

const router = express.Router();
const env = useEnv();

router.post(
	'/logout',
	asyncHandler(async (req, res) => {
		const service = new AuthenticationService({ accountability: req.accountability, schema: req.schema });
		await service.logout(req.cookies[String(env['REFRESH_TOKEN_COOKIE_NAME'])]);
		res.clearCookie(String(env['REFRESH_TOKEN_COOKIE_NAME']));

		const redirect = req.query['redirect'];
		if (typeof redirect === 'string' && redirect) {
			// expect: open-redirect
			return res.redirect(redirect);
		}
		res.status(200).end();
	}),
);

router.post(
	'/logout/checked',
	asyncHandler(async (req, res) => {
		const service = new AuthenticationService({ accountability: req.accountability, schema: req.schema });
		await service.logout(req.cookies[String(env['REFRESH_TOKEN_COOKIE_NAME'])]);

		const redirect = req.query['redirect'];
		const allowList = String(env['LOGOUT_REDIRECT_ALLOW_LIST'] ?? '').split(',');
		if (typeof redirect === 'string' && isUrlAllowed(redirect, allowList)) {
			return res.redirect(redirect);
		}
		res.status(200).end();
	}),
);

export default router;
