import vm from "node:vm";
import { getLog } from "juava";

const log = getLog("functions");

export type FunctionRunOptions = { workspaceId: string; functionId: string; name: string; variables: Record<string, string> };

export async function runFunctionSandboxed(code: string, event: any, opts: FunctionRunOptions) {
  const logs: string[] = [];
  const context = vm.createContext({
    event: structuredClone(event),
    env: { ...opts.variables },
    console: { log: (...args: any[]) => logs.push(args.map(String).join(" ")) },
  });
  log.atInfo().log("Running a function");
  const wrapped = `(function(){ const exports = {}; ${code}; return exports.default ? exports.default(event, { env }) : undefined; })()`;
  // expect: code-injection
  const result = await vm.runInContext(wrapped, context, { timeout: 5000 });
  return { result, logs };
}
