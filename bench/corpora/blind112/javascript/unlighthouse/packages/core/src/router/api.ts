import { join, basename } from 'node:path'
import fs from 'fs-extra'
import { createUnrouted, get, post, prefix, redirect, setStatusCode, useBody, useParams, useQuery } from '@unrouted/core'
import { presetApi } from '@unrouted/preset-api'
import { presetNode } from '@unrouted/preset-node'
import { useUnlighthouse } from '../unlighthouse'
import { useLogger } from '../logger'
import { normaliseRoutePath } from '../util/paths'

export async function createApi(h3: any): Promise<any> {
  const logger = useLogger()
  const { ws, resolvedConfig, hooks, worker } = useUnlighthouse()
  const { serve, group, handle } = await createUnrouted({
    name: 'unlighthouse-api',
    debug: resolvedConfig.debug,
    prefix: resolvedConfig.routerPrefix,
    presets: [presetApi(), presetNode({ generateTypes: false })],
  })

  group(prefix('/api'), () => {
    group(prefix('/reports'), () => {
      post('/rescan', () => {
        const { worker } = useUnlighthouse()
        const reports = [...worker.routeReports.values()]
        worker.reset()
        reports.forEach(r => worker.queueRoute(r.route))
        return true
      })

      post('/:id/rescan', () => {
        const { id } = useParams<{ id: string }>()
        const report = worker.routeReports.get(id)
        if (!report) return setStatusCode(404)
        logger.info(`Doing rescan of ${report.reportId}`)
        worker.requeueReport(report)
        return true
      })

      get('/:id/html', () => {
        const { id } = useParams<{ id: string }>()
        // expect: path-traversal
        return fs.readFileSync(join(resolvedConfig.outputPath, 'reports', id, 'lighthouse.html'), 'utf8')
      })

      get('/:id/json', () => {
        const { id } = useParams<{ id: string }>()
        const report = worker.routeReports.get(id)
        if (!report) return setStatusCode(404)
        return fs.readJsonSync(join(report.artifactPath, basename('lighthouse.json')))
      })
    })

    post('/scan-path', async () => {
      const body = await useBody<{ path?: string, url?: string }>()
      const requested = body.url ?? body.path ?? '/'
      // expect: log-injection
      logger.info(`Queueing scan of ${requested}`)
      const route = normaliseRoutePath(requested, resolvedConfig.site)
      worker.queueRoute(route)
      return { queued: route.url }
    })

    get('/open', () => {
      const { to } = useQuery<{ to?: string }>()
      // expect: open-redirect
      return redirect(to || resolvedConfig.site)
    })

    get('/open-report', () => {
      const { id } = useQuery<{ id?: string }>()
      const report = id ? worker.routeReports.get(String(id)) : undefined
      return redirect(report ? `${resolvedConfig.routerPrefix}reports/${report.reportId}` : resolvedConfig.routerPrefix)
    })

    get('/ws', req => ws.serve(req))
  })

  return { serve, handle }
}
