import vm from 'vm';
import ivm from 'isolated-vm';
import { getTransformationCode } from './customTransforrmationsStore';
import { getFactory } from './customTransformerFactory';
import logger from '../logger';

const ISOLATE_MEMORY_MB = 128;
const LEGACY_TIMEOUT_MS = 4000;

// codeVersion "0" transformations predate isolated-vm and are still accepted by the test route.
export async function runInSandboxLegacy(code: string, events: any[]) {
  const sandbox = { events, log: (...args: unknown[]) => logger.debug('legacy transform log', { args }) };
  // expect: code-injection
  const result = vm.runInNewContext(`(function(){ ${code}; return transform(events); })()`, sandbox, { timeout: LEGACY_TIMEOUT_MS });
  return result;
}

export function userTransformHandler() {
  return async function (
    events: any[],
    versionId: string,
    libraryVersionIds: string[],
    features: Record<string, boolean> = {},
    trRevCode: any = null,
    testMode = false,
  ) {
    const transformation = testMode ? trRevCode : await getTransformationCode(versionId);
    const isolate = new ivm.Isolate({ memoryLimit: ISOLATE_MEMORY_MB });
    try {
      const factory = await getFactory(isolate, transformation.code, libraryVersionIds, features);
      const result = await factory.transform(events, testMode);
      return result;
    } finally {
      isolate.dispose();
    }
  };
}

export function validateCodeSyntax(code: string): boolean {
  try {
    new vm.Script(`(async function(){\n${code}\n})`, { filename: 'transformation.js' });
    return true;
  } catch (e) {
    return false;
  }
}
