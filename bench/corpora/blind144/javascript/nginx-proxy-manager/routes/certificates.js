const express = require('express');
const internalCertificate = require('../internal/certificate');
const internalAuditLog = require('../internal/audit-log');

const router = express.Router({ caseSensitive: true, strict: true, mergeParams: true });

router.post('/test-http', async (req, res, next) => {
	try {
		await res.locals.access.can('certificates:list');
		const { domains = [], direct = false } = req.body;
		const result = direct
			? await internalCertificate.testHttpReachability(domains)
			: await internalCertificate.testHttpViaService(domains);
		res.status(200).send(result);
	} catch (err) {
		next(err);
	}
});

router.post('/', async (req, res, next) => {
	try {
		await res.locals.access.can('certificates:create');
		const cert = await internalCertificate.create(res.locals.access, req.body);
		await internalAuditLog.add(res.locals.access, { action: 'created', meta: { domains: req.body.domain_names, ip: res.locals.clientIp } });
		res.status(201).send(cert);
	} catch (err) {
		next(err);
	}
});

router.post('/:certificate_id/renew', async (req, res, next) => {
	try {
		await res.locals.access.can('certificates:update');
		const email = req.body.letsencrypt_email ?? 'admin@example.com';
		res.status(200).send(await internalCertificate.renew(Number(req.params.certificate_id), email));
	} catch (err) {
		next(err);
	}
});

module.exports = router;
