import { join } from 'node:path'
import type { NormalisedRoute } from '../util/paths'
import { useUnlighthouse } from '../unlighthouse'
import { queueRouteTask } from './worker'

export function createRouteQueue() {
  const { resolvedConfig } = useUnlighthouse()
  const routeReports = new Map<string, { route: NormalisedRoute, artifactPath: string, reportId: string }>()

  return {
    routeReports,
    queueRoute(route: NormalisedRoute) {
      const artifactPath = join(resolvedConfig.outputPath, 'reports', route.id)
      routeReports.set(route.id, { route, artifactPath, reportId: route.id })
      queueRouteTask({ route, artifactPath })
    },
    requeueReport(report: { route: NormalisedRoute, artifactPath: string }) {
      queueRouteTask({ route: report.route, artifactPath: report.artifactPath })
    },
    reset() {
      routeReports.clear()
    },
  }
}
