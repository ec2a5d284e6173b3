const auditLogModel = require('../lib/audit-log-model');

const internalAuditLog = {
	add: async (access, data) => {
		const domains = (data.meta.domains || []).join(', ');
		// expect: log-injection
		console.log(`[audit] ${access.user.email} ${data.action} certificate for ${domains} from ${data.meta.ip}`);
		return auditLogModel.insert({ user_id: access.user.id, action: data.action, meta: JSON.stringify(data.meta) });
	},
};

module.exports = internalAuditLog;
