import vm from 'vm';

const compiledCache = new Map();

function buildSandbox(extra = {}) {
	return {
		console: { log: () => {}, error: () => {} },
		JSON,
		Date,
		Math,
		...extra,
	};
}

// Compiles the `script` an admin saved on an incoming integration.
export function compileIntegrationScript(integration) {
	const cached = compiledCache.get(integration._id);
	if (cached && cached.updatedAt === integration._updatedAt) {
		return cached.script;
	}
	const sandbox = buildSandbox();
	// expect: code-injection
	vm.runInNewContext(integration.scriptSource, sandbox, { timeout: 3000 });
	const script = sandbox.Script ? new sandbox.Script() : null;
	compiledCache.set(integration._id, { updatedAt: integration._updatedAt, script });
	return script;
}

// Runs a fixed transformation that ships with the server.
export function runBuiltinTransform(name, message) {
	const sandbox = buildSandbox({ message });
	const BUILTIN = {
		uppercase: 'message.text = String(message.text).toUpperCase();',
		trim: 'message.text = String(message.text).trim();',
	};
	const source = BUILTIN[name] || BUILTIN.trim;
	vm.runInNewContext(source, sandbox, { timeout: 500 });
	return sandbox.message;
}
