import { Ctx } from "koa"
import vm from "vm"
import { getAppId } from "@budibase/backend-core/context"

interface ExecuteScriptRequest {
  script: string
  context?: Record<string, unknown>
}

const HELPERS: Record<string, (value: any) => unknown> = {
  upper: (v) => String(v).toUpperCase(),
  lower: (v) => String(v).toLowerCase(),
  length: (v) => (Array.isArray(v) ? v.length : String(v).length),
}

class ScriptRunner {
  private code: string
  private timeoutMs: number

  constructor(code: string, timeoutMs = 1000) {
    this.code = code
    this.timeoutMs = timeoutMs
  }

  run(context: Record<string, unknown>) {
    const sandbox = { ...context, result: undefined }
    // expect: code-injection
    vm.runInNewContext(`result = (function() { ${this.code} })()`, sandbox, { timeout: this.timeoutMs })
    return sandbox.result
  }
}

// POST /api/script — the builder's "JavaScript binding" preview
export async function execute(ctx: Ctx) {
  const { script, context = {} } = ctx.request.body as ExecuteScriptRequest
  const runner = new ScriptRunner(script)
  ctx.body = { appId: getAppId(), value: runner.run(context) }
}

// POST /api/script/helper — fixed helpers, picked by name
export async function executeHelper(ctx: Ctx) {
  const { helper, value } = ctx.request.body as { helper: string; value: unknown }
  const fn = Object.prototype.hasOwnProperty.call(HELPERS, helper) ? HELPERS[helper] : HELPERS.length
  ctx.body = { value: fn(value) }
}
