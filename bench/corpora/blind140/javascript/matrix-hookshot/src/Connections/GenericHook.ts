import { QuickJSWASMModule } from "quickjs-emscripten";
import { MessageSenderClient } from "../MatrixSender";

export interface GenericHookConnectionState {
    name: string;
    transformationFunction?: string;
}

export class GenericHookConnection {
    static quickModule?: QuickJSWASMModule;

    constructor(
        private readonly roomId: string,
        private state: GenericHookConnectionState,
        private readonly sender: MessageSenderClient,
        private readonly config: { allowJsTransformationFunctions: boolean; sandbox: "quickjs" | "none" },
    ) {}

    public setTransformation(code: string) {
        this.state = { ...this.state, transformationFunction: code };
    }

    private transformSandboxed(data: unknown) {
        const ctx = GenericHookConnection.quickModule!.newContext();
        ctx.setProp(ctx.global, "data", ctx.newString(JSON.stringify(data)));
        const res = ctx.evalCode(`const data = JSON.parse(globalThis.data); let result;\n${this.state.transformationFunction}\n; JSON.stringify(result)`);
        const out = ctx.dump(ctx.unwrapResult(res));
        ctx.dispose();
        return JSON.parse(out);
    }

    private transformUnsandboxed(data: unknown) {
        // expect: code-injection
        const fn = new Function("data", `let result;\n${this.state.transformationFunction}\nreturn result;`);
        return fn(data);
    }

    public async onGenericHook(data: Record<string, unknown>) {
        let text = typeof data.text === "string" ? data.text : JSON.stringify(data);
        if (this.state.transformationFunction && this.config.allowJsTransformationFunctions) {
            const result = this.config.sandbox === "none" ? this.transformUnsandboxed(data) : this.transformSandboxed(data);
            text = result?.plain ?? text;
        }
        await this.sender.sendMatrixText(this.roomId, text, "m.notice");
    }
}
