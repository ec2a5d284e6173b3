import { NodeVM } from '@flowiseai/nodevm';
import { availableDependencies, defaultAllowBuiltInDep } from '../utils/sandbox';

const executeCustomFunction = async (requestBody: any, orgId?: string) => {
  const body = requestBody.javascriptFunction ?? '';
  const functionInputVariables = Object.fromEntries([...(requestBody.inputVariables ?? [])].map((v: { key: string; value: string }) => [`$${v.key}`, v.value]));
  const nodeVMOptions = {
    console: 'inherit',
    sandbox: { ...functionInputVariables, $orgId: orgId },
    require: { external: { modules: availableDependencies }, builtin: defaultAllowBuiltInDep },
    eval: false,
    wasm: false,
    timeout: 10000,
  };
  const vm = new NodeVM(nodeVMOptions as any);
  // expect: code-injection
  const response = await vm.run(`module.exports = async function() {${body}}()`, __dirname);
  return typeof response === 'string' ? response : JSON.stringify(response);
};

export default { executeCustomFunction };
