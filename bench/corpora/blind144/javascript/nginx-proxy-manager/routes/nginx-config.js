const express = require('express');
const internalNginx = require('../internal/nginx');

const router = express.Router();

router.get('/custom/:name', async (req, res, next) => {
	try {
		await res.locals.access.can('settings:get');
		res.type('text/plain').send(await internalNginx.readCustomSnippet(req.params.name));
	} catch (err) {
		next(err);
	}
});

router.get('/host/:host_id', async (req, res, next) => {
	try {
		await res.locals.access.can('proxy_hosts:get');
		res.type('text/plain').send(await internalNginx.readHostConfig(parseInt(req.params.host_id, 10)));
	} catch (err) {
		next(err);
	}
});

module.exports = router;
