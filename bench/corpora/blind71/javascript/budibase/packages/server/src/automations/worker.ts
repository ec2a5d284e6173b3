import { doInTenant } from "@budibase/backend-core/context"
import { automationQueue, AutomationJob } from "./queue"
import * as bash from "./steps/bash"

// Saved automation definitions: the bash command template is fixed by the builder,
// the bindings in it are filled from the webhook body that triggered the run.
const AUTOMATIONS: Record<string, { steps: { type: string; inputs: bash.BashStepInputs }[] }> = {
  au_notify: { steps: [{ type: "bash", inputs: { code: "notify-send 'New signup: {{ trigger.body.email }}'" } }] },
  au_disk: { steps: [{ type: "bash_named", inputs: { code: "", scriptName: "diskUsage" } }] },
}

automationQueue.process(async (job) => {
  const { tenantId, automationId, event }: AutomationJob = job.data
  const automation = AUTOMATIONS[automationId]
  if (!automation) {
    return { success: false }
  }
  return doInTenant(tenantId, async () => {
    const context = { trigger: event }
    const results = []
    for (const step of automation.steps) {
      if (step.type === "bash") {
        results.push(await bash.run({ inputs: step.inputs, context }))
      } else if (step.type === "bash_named") {
        results.push(await bash.runNamedScript({ inputs: step.inputs, context }))
      }
    }
    return { success: results.every((r) => r.success), results }
  })
})
