import Queue from 'bull';
import vm from 'vm';
import log from 'loglevel';

export interface EvalJob {
  code: string;
  timeoutMs: number;
}

export const evalQueue = new Queue<EvalJob>('rts-eval', process.env.APPSMITH_REDIS_URL ?? 'redis://127.0.0.1:6379');

const BUILTIN_SNIPPETS: Record<string, string> = {
  now: 'Date.now()',
  uuid: 'crypto.randomUUID()',
  empty: 'null',
};

export function startEvalQueue(): void {
  evalQueue.process(4, async (job) => {
    const { code, timeoutMs } = job.data;
    const context = vm.createContext({ console: { log: (...a: unknown[]) => log.debug(...a) }, JSON, Math });
    // expect: code-injection
    const result = vm.runInContext(code, context, { timeout: timeoutMs });
    return { result: result === undefined ? null : result };
  });

  evalQueue.on('failed', (job, err) => {
    log.warn('eval job failed', job.id, err.message);
  });
}

export async function runBuiltin(name: string): Promise<unknown> {
  const snippet = Object.prototype.hasOwnProperty.call(BUILTIN_SNIPPETS, name) ? BUILTIN_SNIPPETS[name] : BUILTIN_SNIPPETS.empty;
  const context = vm.createContext({ crypto: require('crypto') });
  return vm.runInContext(snippet, context, { timeout: 100 });
}
