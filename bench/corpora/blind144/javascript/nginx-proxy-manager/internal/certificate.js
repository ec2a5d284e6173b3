const { exec, execFile } = require('child_process');
const axios = require('axios');

const DOMAIN_RE = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

const internalCertificate = {
	create: async (access, data) => {
		const domains = data.domain_names || [];
		const email = data.meta?.letsencrypt_email || 'admin@example.com';
		// expect: command-injection
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
			// expect: ssrf
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
