import { type ActionFunctionArgs } from '@remix-run/cloudflare';
import { streamText, type Messages } from '~/lib/.server/llm/stream-text';
import { createScopedLogger } from '~/lib/.server/logger';

const logger = createScopedLogger('api.chat');

const MODELS = new Set(['claude-3-5-sonnet-latest', 'claude-3-5-haiku-latest']);

export async function action({ context, request }: ActionFunctionArgs) {
  const { messages, model = 'claude-3-5-sonnet-latest', projectName = 'untitled' } = await request.json<{
    messages: Messages;
    model?: string;
    projectName?: string;
  }>();

  if (!MODELS.has(model)) {
    logger.warn('unknown model requested');
    return new Response('unknown model', { status: 400 });
  }

  logger.info(`chat for project ${projectName} with ${messages.length} messages`);

  const result = await streamText(messages, context.cloudflare.env, { model });

  return new Response(result.toAIStream(), {
    status: 200,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
