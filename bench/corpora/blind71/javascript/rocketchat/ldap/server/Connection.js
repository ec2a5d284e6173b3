import ldapjs from 'ldapjs';

const settings = {
	url: process.env.LDAP_URL || 'ldaps://ldap.example.org:636',
	baseDN: process.env.LDAP_BASE_DN || 'ou=people,dc=example,dc=org',
	bindDN: process.env.LDAP_BIND_DN || '',
	bindPassword: process.env.LDAP_BIND_PASSWORD || '',
	userSearchField: process.env.LDAP_USER_SEARCH_FIELD || 'uid',
};

export function escapeFilterValue(value) {
	return String(value).replace(/[\\*()\0]/g, (ch) => `\\${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export class LDAPConnection {
	constructor() {
		this.client = ldapjs.createClient({ url: settings.url, timeout: 5000, connectTimeout: 5000 });
	}

	bind() {
		return new Promise((resolve, reject) => {
			this.client.bind(settings.bindDN, settings.bindPassword, (err) => (err ? reject(err) : resolve()));
		});
	}

	searchRaw(filter) {
		return new Promise((resolve, reject) => {
			const entries = [];
			this.client.search(settings.baseDN, { filter, scope: 'sub', attributes: ['uid', 'cn', 'mail'], sizeLimit: 20 }, (err, res) => {
				if (err) return reject(err);
				res.on('searchEntry', (entry) => entries.push(entry.pojo || entry.object));
				res.on('error', reject);
				res.on('end', () => resolve(entries));
			});
		});
	}

	async findUser(username) {
		await this.bind();
		const filter = `(&(objectClass=person)(${settings.userSearchField}=${escapeFilterValue(username)}))`;
		return this.searchRaw(filter);
	}

	async findUsersByGroupFilter(groupFilter) {
		await this.bind();
		const filter = `(&(objectClass=person)${groupFilter})`;
		// expect: ldap-injection
		return this.searchRaw(filter).finally(() => this.client.unbind());
	}
}
