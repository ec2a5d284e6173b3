import pino from 'pino';

export function createLogger({ name }: { name: string }) {
  const base = pino({ name });
  return {
    info: (message: string, meta: Record<string, unknown> = {}) => base.info(meta, message),
    rejected(type: string, ua: string) {
      // expect: log-injection
      console.warn(`[${name}] rejected event type ${type} from ${ua}`);
    },
  };
}
