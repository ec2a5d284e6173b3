import type { CoreSetup, CoreStart, Logger, Plugin, PluginInitializerContext } from '@kbn/core/server';
import { registerRoutes } from './routes';
import { ReportExportService } from './services/report_export_service';
import type { FleetNotesConfig } from './config';

export class FleetNotesPlugin implements Plugin {
  private readonly logger: Logger;
  private exportService?: ReportExportService;

  constructor(private readonly initContext: PluginInitializerContext<FleetNotesConfig>) {
    this.logger = initContext.logger.get();
  }

  public setup(core: CoreSetup) {
    const config = this.initContext.config.get();
    this.exportService = new ReportExportService(config.exportDir, this.logger.get('export'));
    const router = core.http.createRouter();
    registerRoutes({ router, logger: this.logger, exportService: this.exportService, config });
    return {};
  }

  public start(core: CoreStart) {
    return {};
  }

  public stop() {}
}
