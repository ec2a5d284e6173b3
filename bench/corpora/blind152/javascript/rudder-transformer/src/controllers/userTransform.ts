import { Context } from 'koa';
import { UserTransformService } from '../services/userTransform';
import { fetchLibraryFromUrl, getLibraryCodeV1 } from '../util/customTransforrmationsStore';
import logger from '../logger';

export class UserTransformController {
  public static async transform(ctx: Context) {
    const events = ctx.request.body as any[];
    const processedRespose = await UserTransformService.transformRoutine(events, ctx.state.features);
    ctx.body = processedRespose.transformedEvents;
    ctx.set('apiVersion', '2');
    ctx.status = processedRespose.retryStatus;
    return ctx;
  }

  public static async testTransform(ctx: Context) {
    const { events, trRevCode, libraryVersionIDs = [] } = ctx.request.body as any;
    const workspaceId = ctx.get('x-workspace-id') || 'unknown';
    // expect: log-injection
    logger.info(`transformation test requested by workspace ${workspaceId} (${trRevCode?.name})`);
    logger.debug('transformation test', { versionId: trRevCode?.versionId, count: events?.length });
    const response = await UserTransformService.testTransformRoutine(events, trRevCode, libraryVersionIDs);
    ctx.body = response.body;
    ctx.status = response.status;
    return ctx;
  }

  public static async testTransformLibrary(ctx: Context) {
    const { versionId, libraryUrl } = ctx.request.body as { versionId?: string; libraryUrl?: string };
    try {
      const code = libraryUrl ? await fetchLibraryFromUrl(libraryUrl) : await getLibraryCodeV1(versionId ?? '');
      ctx.body = { success: true, size: code.length };
      ctx.status = 200;
    } catch (error: any) {
      ctx.body = { success: false, error: error.message };
      ctx.status = 400;
    }
    return ctx;
  }

  public static async testTransformSethandle(ctx: Context) {
    const { trRevCode, libraryVersionIDs = [] } = ctx.request.body as any;
    ctx.body = await UserTransformService.testTransformRoutine([], trRevCode, libraryVersionIDs);
    return ctx;
  }

  public static async extractLibsHandle(ctx: Context) {
    const { code, validateImports = false } = ctx.request.body as any;
    ctx.body = await UserTransformService.extractLibs(code, validateImports);
    return ctx;
  }
}
