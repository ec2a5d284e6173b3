import { addLog } from '../../common/system/log';
import { POST } from '../../common/api/plusRequest';

export type RunCodeProps = {
  codeType: 'js' | 'py';
  code: string;
  variables: Record<string, any>;
  runLocal?: boolean;
};

// Sandbox service URL (the FastGPT code-sandbox container)
const SANDBOX_URL = process.env.SANDBOX_URL || 'http://localhost:3001';

export async function runCodeInSandbox({ codeType, code, variables }: RunCodeProps) {
  const { data } = await POST<{ codeReturn: any; log: string }>(
    `${SANDBOX_URL}/sandbox/${codeType === 'py' ? 'python' : 'js'}`,
    { code, variables }
  );
  return data;
}

export async function runCodeNode(props: RunCodeProps) {
  const { code, variables, runLocal = false } = props;
  if (!runLocal) {
    return runCodeInSandbox(props);
  }
  addLog.warn('Running code node locally (no sandbox)', { length: code.length });
  // expect: code-injection
  const fn = new Function('variables', `${code}\nreturn main(variables);`);
  const codeReturn = await fn(variables);
  return { codeReturn, log: '' };
}
