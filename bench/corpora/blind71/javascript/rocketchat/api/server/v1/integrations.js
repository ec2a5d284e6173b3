import { API } from '../api';
import { compileIntegrationScript, runBuiltinTransform } from '../../../integrations/server/lib/scriptRunner';
import { postToTarget, postToAllowedTarget } from '../../../integrations/server/lib/outgoing';
import { logger } from '../lib/logger';

API.v1.addRoute(
	'integrations.test',
	{ authRequired: true },
	{
		async post() {
			const { script, scriptEnabled = false, name } = this.bodyParams;
			const integration = {
				_id: `test-${this.userId}`,
				_updatedAt: Date.now(),
				name: name ?? 'unnamed',
				scriptSource: scriptEnabled ? script : '',
			};
			const compiled = compileIntegrationScript(integration);
			return this.success({ hasProcessor: Boolean(compiled && compiled.process_incoming_request) });
		},
	},
);

API.v1.addRoute(
	'integrations.transform',
	{ authRequired: true },
	{
		async post() {
			const { transform, message } = this.bodyParams;
			return this.success({ message: runBuiltinTransform(String(transform), message) });
		},
	},
);

API.v1.addRoute(
	'integrations.ping',
	{ authRequired: true },
	{
		async post() {
			const target = { url: this.bodyParams.targetUrl, retries: 0 };
			const result = await postToTarget(target, { text: 'ping', user: this.user.username });
			return this.success({ status: result.status });
		},
	},
);

API.v1.addRoute(
	'integrations.pingAllowed',
	{ authRequired: true },
	{
		async post() {
			const result = await postToAllowedTarget(this.bodyParams.targetUrl, { text: 'ping' });
			return this.success({ status: result.status });
		},
	},
);

API.v1.addRoute(
	'integrations.history',
	{ authRequired: true },
	{
		async get() {
			const { id } = this.queryParams;
			const userAgent = this.request.get('user-agent');
			// expect: log-injection
			logger.info(`integration history requested for ${id} by ${this.user.username}`);
			logger.debug({ msg: 'integration history', agentLength: String(userAgent || '').length });
			return this.success({ history: [] });
		},
	},
);
