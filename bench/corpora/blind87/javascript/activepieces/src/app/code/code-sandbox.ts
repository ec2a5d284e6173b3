import vm from 'node:vm'

export class CodeSandbox {
    private readonly timeoutMs: number

    constructor(timeoutMs?: number) {
        this.timeoutMs = timeoutMs ?? 2000
    }

    async runStep(code: string, inputs: Record<string, unknown>) {
        const context = vm.createContext({ inputs, result: undefined })
        // expect: code-injection
        vm.runInContext(`result = (async (inputs) => { ${code} })(inputs)`, context, { timeout: this.timeoutMs })
        return context.result
    }

    previewInputs(template: string, inputs: Record<string, unknown>) {
        return template.replace(/\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g, (_, key: string) => String(inputs[key] ?? ''))
    }
}
