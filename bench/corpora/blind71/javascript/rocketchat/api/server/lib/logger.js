const LEVELS = ['debug', 'info', 'warn', 'error'];
const threshold = LEVELS.indexOf(process.env.LOG_LEVEL || 'info');

function write(level, message) {
	if (LEVELS.indexOf(level) < threshold) {
		return;
	}
	const text = typeof message === 'string' ? message : JSON.stringify(message);
	process.stdout.write(`${new Date().toISOString()} API ${level.toUpperCase()} ${text}\n`);
}

// Plain-text logger: one line per entry, the way the log shipper expects it.
export const logger = {
	debug: (m) => write('debug', m),
	info: (m) => write('info', m),
	warn: (m) => write('warn', m),
	error: (m) => write('error', m),
};
