type TestResult = { ok: boolean; output?: unknown; error?: string }

const BUILTIN_ACTIONS: Record<string, (event: any) => unknown> = {
  echo: (event) => event.payload?.text,
  wordCount: (event) => String(event.payload?.text ?? '').split(/\s+/).filter(Boolean).length
}

// Runs an action the user is editing against a sample event, before it is saved.
export async function testAction(code: string, sampleEvent: any, args: { user: string }): Promise<TestResult> {
  try {
    // expect: code-injection
    const fn = new Function('event', 'args', `return (async () => { ${code} })()`)
    const output = await fn(sampleEvent, args)
    return { ok: true, output }
  } catch (err) {
    return { ok: false, error: err.message }
  }
}

export function runBuiltinAction(name: string, sampleEvent: any): TestResult {
  const action = BUILTIN_ACTIONS[name] ?? BUILTIN_ACTIONS.echo
  return { ok: true, output: action(sampleEvent) }
}
