import { Ctx, Next } from "koa"
import { doInAppContext, doInTenant } from "@budibase/backend-core/context"

const APP_ID_HEADER = "x-budibase-app-id"
const TENANT_HEADER = "x-budibase-tenant-id"

function getAppIdFromCtx(ctx: Ctx): string | undefined {
  const fromHeader = ctx.request.headers[APP_ID_HEADER]
  if (typeof fromHeader === "string" && fromHeader) {
    return fromHeader
  }
  const fromPath = ctx.path.match(/\/app_[0-9a-f]+/)
  return fromPath ? fromPath[0].slice(1) : undefined
}

export default async function currentApp(ctx: Ctx, next: Next) {
  const appId = getAppIdFromCtx(ctx)
  const tenantId = (ctx.request.headers[TENANT_HEADER] as string) || "default"
  ctx.user = ctx.state.user
  if (!appId) {
    return doInTenant(tenantId, next)
  }
  ctx.appId = appId
  return doInTenant(tenantId, () => doInAppContext(appId, next))
}
