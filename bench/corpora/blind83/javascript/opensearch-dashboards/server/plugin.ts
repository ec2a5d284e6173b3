import { CoreSetup, Plugin, PluginInitializerContext } from '../../../src/core/server';
import { defineQueryWorkbenchRoutes } from './routes/query';
import { defineConsoleProxyRoutes } from './routes/proxy';
import { defineAuthRoutes } from './routes/auth';

export class WorkbenchPlugin implements Plugin {
  constructor(private readonly initializerContext: PluginInitializerContext) {}

  public setup(core: CoreSetup) {
    const router = core.http.createRouter();
    defineQueryWorkbenchRoutes(router);
    defineConsoleProxyRoutes(router, this.initializerContext.logger.get('proxy'));
    defineAuthRoutes(router, core.http.basePath.serverBasePath);
    return {};
  }

  public start() {
    return {};
  }
}
