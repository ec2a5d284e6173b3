class Access {
	constructor(token) {
		this.token = token;
		this.user = null;
	}

	async load() {
		this.user = this.token ? { id: 1, email: 'admin@example.com' } : null;
		return this;
	}

	can(permission) {
		return Promise.resolve(this.user !== null && typeof permission === 'string');
	}
}

module.exports = Access;
