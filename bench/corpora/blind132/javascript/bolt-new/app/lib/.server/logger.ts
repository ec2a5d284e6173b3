type Level = 'debug' | 'info' | 'warn' | 'error';

export interface ScopedLogger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
}

function write(level: Level, scope: string, message: string) {
  const stamp = new Date().toISOString();
  // expect: log-injection
  console.log(`${stamp} ${level.toUpperCase()} [${scope}] ${message}`);
}

export function createScopedLogger(scope: string): ScopedLogger {
  return {
    info: (message) => write('info', scope, message),
    warn: (message) => write('warn', scope, message),
    debug: (message) => write('debug', scope, message),
  };
}
