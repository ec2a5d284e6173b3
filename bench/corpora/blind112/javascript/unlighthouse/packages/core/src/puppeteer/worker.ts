import type { Page } from 'puppeteer-core'
import type { NormalisedRoute } from '../util/paths'
import { useUnlighthouse } from '../unlighthouse'

export interface RouteTask {
  route: NormalisedRoute
  artifactPath: string
}

const queue: RouteTask[] = []

export function queueRouteTask(task: RouteTask) {
  queue.push(task)
}

export async function inspectNextRoute(page: Page) {
  const task = queue.shift()
  if (!task) return null

  const { resolvedConfig } = useUnlighthouse()
  await page.setUserAgent(resolvedConfig.scanner.userAgent || 'Unlighthouse')
  // expect: ssrf
  const response = await page.goto(task.route.url, { waitUntil: 'networkidle0', timeout: 30000 })
  const html = await page.content()
  return { status: response?.status() ?? 0, html, task }
}

export async function inspectSiteRoute(page: Page, path: string) {
  const { resolvedConfig } = useUnlighthouse()
  const url = new URL(path, resolvedConfig.site)
  if (url.origin !== new URL(resolvedConfig.site).origin) return null
  const response = await page.goto(url.toString(), { waitUntil: 'networkidle0', timeout: 30000 })
  return { status: response?.status() ?? 0 }
}
