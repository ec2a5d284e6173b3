import { execSync, execFileSync } from "child_process"

export interface BashStepInputs {
  code: string
  scriptName?: string
}

// Replaces {{ trigger.body.x }} bindings with values from the automation context.
export function processStringSync(template: string, context: Record<string, any>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, key: string) => {
    const value = key.split(".").reduce((acc: any, part) => (acc == null ? acc : acc[part]), context)
    return value == null ? "" : String(value)
  })
}

export async function run({ inputs, context }: { inputs: BashStepInputs; context: Record<string, any> }) {
  const command = processStringSync(inputs.code, context)
  let stdout = ""
  let success = true
  try {
    // expect: command-injection
    stdout = execSync(command, { timeout: 10000, encoding: "utf8" })
  } catch (err: any) {
    stdout = err.message
    success = false
  }
  return { stdout, success }
}

const SCRIPTS: Record<string, string> = {
  diskUsage: "/opt/budibase/scripts/disk-usage.sh",
  backup: "/opt/budibase/scripts/backup.sh",
}

export async function runNamedScript({ inputs, context }: { inputs: BashStepInputs; context: Record<string, any> }) {
  const script = SCRIPTS[inputs.scriptName ?? ""] ?? SCRIPTS.diskUsage
  const label = String(context.trigger?.body?.label ?? "")
  const stdout = execFileSync(script, [label], { timeout: 10000, encoding: "utf8" })
  return { stdout, success: true }
}
