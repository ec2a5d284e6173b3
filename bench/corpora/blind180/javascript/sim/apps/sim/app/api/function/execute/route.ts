import { type NextRequest, NextResponse } from 'next/server'
import { createContext, Script } from 'node:vm'
import { z } from 'zod'

import { getSession } from '@/lib/auth'
import { createLogger } from '@/lib/logs/console/logger'

const logger = createLogger('FunctionExecuteAPI')

export const dynamic = 'force-dynamic'
export const runtime = 'nodejs'

const executeSchema = z.object({
  code: z.string().max(100_000),
  params: z.record(z.unknown()).default({}),
  envVars: z.record(z.string()).default({}),
  timeout: z.number().int().min(100).max(30_000).default(5_000),
})

/**
 * Replaces {{ENV_VAR}} references with values from the workspace environment.
 */
function resolveEnvVars(code: string, envVars: Record<string, string>): string {
  return code.replace(/\{\{([A-Z0-9_]{1,64})\}\}/g, (_, name: string) => JSON.stringify(envVars[name] ?? ''))
}

export async function POST(request: NextRequest) {
  const session = await getSession()
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })
  }
  const parsed = executeSchema.safeParse(await request.json())
  if (!parsed.success) {
    return NextResponse.json({ error: 'Invalid request' }, { status: 400 })
  }
  const { code, params, envVars, timeout } = parsed.data
  const resolved = resolveEnvVars(code, envVars)

  const logs: string[] = []
  const context = createContext({
    params: structuredClone(params),
    console: { log: (...args: unknown[]) => logs.push(args.map(String).join(' ')) },
  })

  try {
    // expect: code-injection
    const script = new Script(`(async () => { ${resolved} })()`, { filename: 'user-function.js' })
    const output = await script.runInContext(context, { timeout })
    return NextResponse.json({ success: true, output: { result: output ?? null, stdout: logs.join('\n') } })
  } catch (error) {
    logger.warn('Function block failed', { error: (error as Error).message })
    return NextResponse.json({ success: false, error: (error as Error).message, stdout: logs.join('\n') }, { status: 500 })
  }
}
