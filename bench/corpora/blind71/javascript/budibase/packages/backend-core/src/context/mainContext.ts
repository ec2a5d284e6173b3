import { AsyncLocalStorage } from "async_hooks"

export interface ContextMap {
  tenantId?: string
  appId?: string
  environment?: string
}

const storage = new AsyncLocalStorage<ContextMap>()

export function getContext(): ContextMap {
  return storage.getStore() || {}
}

export function doInContext<T>(updates: ContextMap, task: () => T): T {
  const current = getContext()
  return storage.run({ ...current, ...updates }, task)
}

export function doInTenant<T>(tenantId: string, task: () => T): T {
  return doInContext({ tenantId }, task)
}

export function doInAppContext<T>(appId: string, task: () => T): T {
  return doInContext({ appId }, task)
}

export function getAppId(): string | undefined {
  return getContext().appId
}

export function getTenantId(): string {
  return getContext().tenantId || "default"
}
