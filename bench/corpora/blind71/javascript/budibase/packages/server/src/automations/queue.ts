import Queue from "bull"
import { getTenantId } from "@budibase/backend-core/context"

export interface AutomationJob {
  tenantId: string
  automationId: string
  event: Record<string, any>
}

export const automationQueue = new Queue<AutomationJob>("automationQueue", process.env.REDIS_URL || "redis://localhost:6379")

export async function trigger(automationId: string, event: Record<string, any>) {
  await automationQueue.add(
    { tenantId: getTenantId(), automationId, event },
    { removeOnComplete: true, attempts: 1 }
  )
}
