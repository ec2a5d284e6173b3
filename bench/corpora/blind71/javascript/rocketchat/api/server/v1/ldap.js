import { API } from '../api';
import { LDAPConnection } from '../../../ldap/server/Connection';

API.v1.addRoute(
	'ldap.testSearch',
	{ authRequired: true },
	{
		async post() {
			const { username } = this.bodyParams;
			if (typeof username !== 'string' || !username) {
				return this.failure('error-invalid-username');
			}
			const connection = new LDAPConnection();
			const users = await connection.findUser(username);
			return this.success({ message: users.length ? 'User found' : 'User not found' });
		},
	},
);

API.v1.addRoute(
	'ldap.testGroupFilter',
	{ authRequired: true },
	{
		async post() {
			const { group, attribute = 'memberOf' } = this.bodyParams;
			const parts = [];
			for (const name of [].concat(group || [])) {
				parts.push(`(${attribute}=cn=${name},ou=groups,dc=example,dc=org)`);
			}
			const connection = new LDAPConnection();
			const users = await connection.findUsersByGroupFilter(parts.length ? `(|${parts.join('')})` : '');
			return this.success({ count: users.length });
		},
	},
);
