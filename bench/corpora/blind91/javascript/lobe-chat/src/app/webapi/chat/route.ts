import { checkAuth } from '@/server/middleware/checkAuth';
import { AgentRuntime, ChatPayload } from '@/server/runtime/AgentRuntime';
import { createErrorResponse } from '@/utils/errorResponse';

export const runtime = 'nodejs';

const SERVER_MANAGED = new Set(['anthropic', 'openai']);

export const POST = checkAuth(async (req, { params, jwtPayload }) => {
  const { provider } = params;
  const payload = (await req.json()) as ChatPayload;

  try {
    const agentRuntime = SERVER_MANAGED.has(provider) && !jwtPayload.apiKey
      ? AgentRuntime.initFromServerConfig(provider)
      : AgentRuntime.initFromRequest(provider, jwtPayload);

    return await agentRuntime.chat(payload);
  } catch (e) {
    return createErrorResponse('AgentRuntimeError', 500, { provider });
  }
});
