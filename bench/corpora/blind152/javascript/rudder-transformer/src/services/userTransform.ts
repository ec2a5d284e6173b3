import { userTransformHandler, runInSandboxLegacy } from '../util/customTransformer';
import { extractLibraries } from '../util/customTransformerFactory';
import stats from '../util/stats';
import logger from '../logger';

const DEFAULT_LANGUAGE = 'javascript';

export class UserTransformService {
  public static async transformRoutine(events: any[], features: Record<string, boolean> = {}) {
    const transformationVersionId = events[0]?.destination?.Transformations?.[0]?.VersionID;
    if (!transformationVersionId) {
      return { transformedEvents: events.map((e) => ({ output: e.message, statusCode: 200 })), retryStatus: 200 };
    }
    const transformedEvents = await userTransformHandler()(events, transformationVersionId, [], features);
    stats.counter('user_transform_requests', events.length, { transformationVersionId });
    return { transformedEvents, retryStatus: 200 };
  }

  public static async testTransformRoutine(events: any[], trRevCode: any, libraryVersionIDs: string[]) {
    if (!trRevCode || !trRevCode.code || !trRevCode.codeVersion) {
      return { status: 400, body: { error: 'Invalid request. Missing code' } };
    }
    const language = trRevCode.language || DEFAULT_LANGUAGE;
    try {
      if (trRevCode.codeVersion === '0') {
        const output = await runInSandboxLegacy(trRevCode.code, events);
        return { status: 200, body: { transformedEvents: output } };
      }
      const output = await userTransformHandler()(events, trRevCode.versionId, libraryVersionIDs, {}, trRevCode, true);
      return { status: 200, body: output };
    } catch (error: any) {
      logger.error('test transformation failed', { language, message: error.message });
      return { status: 400, body: { error: error.message } };
    }
  }

  public static async extractLibs(code: string, validateImports: boolean) {
    return extractLibraries(code, validateImports, DEFAULT_LANGUAGE);
  }
}
