"""A JavaScript module that exports an object of functions bound to a name (`const internalCertificate = {
testHttpReachability: async (domains) => ... }; module.exports = internalCertificate`, Nginx Proxy Manager's
internal modules, blind144): a route that requires it and calls `internalCertificate.testHttpReachability(domains)`
feeds that function, whose sinks are reported in the module, and what each function returns is its own (an
object of status codes sent as JSON, a command's output), not the request's text passed through an unknown
call. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

pytestmark = pytest.mark.slow  # (each test runs the CLI)

INTERNAL = """const { exec, execFile } = require('child_process');
const axios = require('axios');

const DOMAIN_RE = /^(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)+$/i;

const internalCertificate = {
	create: async (access, data) => {
		const domains = data.domain_names || [];
		const email = data.meta?.letsencrypt_email || 'admin@example.com';
		exec(`certbot certonly --non-interactive --agree-tos --email "${email}" -d "${domains.join(',')}"`, () => {});
		return { owner_user_id: access.user.id, domain_names: domains };
	},

	renew: async (id, email) => {
		const safe = String(email).replace(/[^a-z0-9@._+-]/gi, '');
		return new Promise((resolve, reject) => {
			execFile('certbot', ['renew', '--cert-name', `npm-${id}`, '--email', safe], (err, out) => (err ? reject(err) : resolve(out)));
		});
	},

	testHttpReachability: async (domains) => {
		const results = {};
		for (const domain of domains) {
			const resp = await axios.get(`http://${domain}/.well-known/acme-challenge/test-challenge`, { timeout: 5000 });
			results[domain] = resp.status;
		}
		return results;
	},

	testHttpViaService: async (domains) => {
		const results = {};
		for (const domain of domains.filter((d) => DOMAIN_RE.test(d))) {
			const resp = await axios.post('https://www.site24x7.com/tools/restapi-tester', { url: `http://${encodeURIComponent(domain)}/` }, { timeout: 5000 });
			results[domain] = resp.data.responsecode;
		}
		return results;
	},
};

module.exports = internalCertificate;
"""

ROUTE = """const express = require('express');
const internalCertificate = require('../internal/certificate');

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
"""


def test_a_route_feeds_the_functions_of_the_object_a_module_exports(tmp_path: Path):
    found = taint_findings(tmp_path, {"internal/certificate.js": INTERNAL, "routes/certificates.js": ROUTE},
                           select="js/security")
    # the shell command and the fetched domains in the module; the results and the renewal's output the
    # routes send: nothing
    assert found == ["internal/certificate.js:10 tainted-command", "internal/certificate.js:24 tainted-ssrf"], found
