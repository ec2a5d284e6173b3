import { z } from "zod";
import { createRoute } from "../../../../lib/api";
import { runFunctionSandboxed, FunctionRunOptions } from "../../../../lib/server/functions";

export default createRoute()
  .POST({
    auth: true,
    query: z.object({ workspaceId: z.string() }),
    body: z.object({
      functionId: z.string(),
      functionName: z.string().optional(),
      code: z.string(),
      event: z.record(z.any()),
      variables: z.record(z.string()).default({}),
    }),
  })
  .handler(async ({ body, query }) => {
    const options: FunctionRunOptions = {
      workspaceId: query.workspaceId,
      functionId: body.functionId,
      name: body.functionName ?? body.functionId,
      variables: body.variables,
    };
    return runFunctionSandboxed(body.code, body.event, options);
  })
  .toNextApiHandler();
