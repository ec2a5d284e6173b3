export interface Logger {
  debug(msg: string, ...args: unknown[]): void;
  info(msg: string, ...args: unknown[]): void;
  warn(msg: string, ...args: unknown[]): void;
  error(msg: string, ...args: unknown[]): void;
}

export const getLogger = (name: string): Logger => ({
  debug: (msg, ...args) => console.debug(`[${name}] ${msg}`, ...args),
  info: (msg, ...args) => console.info(`[${name}] ${msg}`, ...args),
  warn: (msg, ...args) => console.warn(`[${name}] ${msg}`, ...args),
  error: (msg, ...args) => console.error(`[${name}] ${msg}`, ...args),
});

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogProvider = (category: string) => Logger;

export function levelledLogProvider(minLevel: LogLevel): LogProvider {
  const min = LEVELS[minLevel];
  return (category: string) => {
    const base = getLogger(category);
    const noop = () => undefined;
    return {
      debug: LEVELS.debug >= min ? base.debug : noop,
      info: LEVELS.info >= min ? base.info : noop,
      warn: LEVELS.warn >= min ? base.warn : noop,
      error: base.error,
    };
  };
}

export const noLoggerProvider: LogProvider = () => ({
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
