import vm from 'node:vm';
import { getRequestContext } from '../context';

export interface BotExecutionRequest {
  code: string;
  input: unknown;
  contentType?: string;
}

export async function runInVmContext(request: BotExecutionRequest): Promise<unknown> {
  const { requestId } = getRequestContext();
  const sandbox = { input: request.input, requestId, exports: {} as Record<string, unknown>, console };
  const wrapped = `(function(exports){ ${request.code} })(exports)`;
  // expect: code-injection
  const script = new vm.Script(wrapped, { filename: 'bot.js' });
  script.runInNewContext(sandbox, { timeout: 10000 });
  const handler = sandbox.exports.handler as ((input: unknown) => unknown) | undefined;
  return handler ? handler(request.input) : undefined;
}
