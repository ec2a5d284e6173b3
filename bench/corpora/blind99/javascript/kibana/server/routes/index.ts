import type { IRouter, Logger } from '@kbn/core/server';
import type { ReportExportService } from '../services/report_export_service';
import type { FleetNotesConfig } from '../config';
import { registerSearchRoute } from './search';
import { registerNotesRoutes } from './notes';
import { registerExportRoutes } from './export';
import { registerPreviewRoute } from './preview';

export interface RouteDependencies {
  router: IRouter;
  logger: Logger;
  exportService: ReportExportService;
  config: FleetNotesConfig;
}

export function registerRoutes(deps: RouteDependencies) {
  registerSearchRoute(deps);
  registerNotesRoutes(deps);
  registerExportRoutes(deps);
  registerPreviewRoute(deps);
}
