import type { ApiRequestProps } from '@fastgpt/service/type/next';
import { NextAPI } from '@/service/middleware/entry';
import { authApp } from '@fastgpt/service/support/permission/app/auth';
import { WritePermissionVal } from '@fastgpt/global/support/permission/constant';
import { runCodeNode } from '@fastgpt/service/core/workflow/codeRunner';

/**
 * Debug run of a workflow code node from the editor (write permission on the app).
 */
type DebugCodeBody = {
  appId: string;
  code: string;
  codeType?: 'js' | 'py';
  variables?: Record<string, any>;
  local?: boolean;
};

async function handler(req: ApiRequestProps<DebugCodeBody>) {
  const { appId, code, codeType = 'js', variables = {}, local = false } = req.body;
  await authApp({ req, authToken: true, appId, per: WritePermissionVal });

  const result = await runCodeNode({
    codeType,
    code: String(code),
    variables,
    runLocal: local && process.env.CODE_RUN_LOCAL === 'true'
  });

  return { result: result.codeReturn, log: result.log };
}

export default NextAPI(handler);
