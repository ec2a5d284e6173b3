import { convertToCoreMessages, streamText, smoothStream } from 'ai';
import { z } from 'zod';

import { scira } from '@/ai/providers';
import { getUser } from '@/lib/auth-utils';
import { calculatorTool, percentTool, unitConversionTool } from '@/lib/tools/calculator';
import { webSearchTool } from '@/lib/tools/web-search';
import { saveMessages } from '@/lib/db/mutations';

export const maxDuration = 300;

const MODELS = ['scira-default', 'scira-grok-3', 'scira-4o', 'scira-haiku', 'scira-vision'] as const;
const GROUPS = ['web', 'academic', 'youtube', 'extreme', 'chat'] as const;

const bodySchema = z.object({
  id: z.string().uuid(),
  messages: z.array(z.any()).min(1).max(100),
  model: z.enum(MODELS).default('scira-default'),
  group: z.enum(GROUPS).default('web'),
  timezone: z.string().max(64).default('UTC'),
});

export async function POST(req: Request) {
  const parsed = bodySchema.safeParse(await req.json());
  if (!parsed.success) {
    return new Response('Invalid request', { status: 400 });
  }
  const { id, messages, model, group, timezone } = parsed.data;
  const user = await getUser();

  const result = streamText({
    model: scira.languageModel(model),
    messages: convertToCoreMessages(messages),
    temperature: 0,
    maxSteps: 5,
    experimental_transform: smoothStream({ chunking: 'word' }),
    system: `You are Scira, an AI search engine. Group: ${group}. Today is ${new Date().toLocaleDateString('en-US', { timeZone: 'UTC' })} (user timezone ${timezone}).`,
    tools: {
      web_search: webSearchTool,
      calculator: calculatorTool,
      percent: percentTool,
      unit_conversion: unitConversionTool,
    },
    onFinish: async ({ response }) => {
      if (user) {
        await saveMessages({ chatId: id, userId: user.id, messages: response.messages });
      }
    },
  });

  return result.toDataStreamResponse();
}
