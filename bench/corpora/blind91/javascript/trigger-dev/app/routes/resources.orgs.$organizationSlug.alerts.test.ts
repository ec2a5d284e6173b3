import { parse } from '@conform-to/zod';
import { json, type ActionFunctionArgs } from '@remix-run/server-runtime';
import { z } from 'zod';

import { requireUserId } from '~/services/session.server';
import { workerQueue } from '~/services/worker.server';

const TestChannelSchema = z.object({
  channelType: z.enum(['WEBHOOK', 'SLACK']),
  url: z.string().url(),
});

const SLACK_HOOKS = /^https:\/\/hooks\.slack\.com\/services\/[A-Z0-9]+\/[A-Z0-9]+\/[A-Za-z0-9]+$/;

export async function action({ request }: ActionFunctionArgs) {
  await requireUserId(request);
  const formData = await request.formData();
  const submission = parse(formData, { schema: TestChannelSchema });
  if (!submission.value) return json(submission);

  const { channelType, url } = submission.value;
  if (channelType === 'SLACK' && !SLACK_HOOKS.test(url)) {
    return json({ error: 'Not a Slack incoming webhook' }, { status: 400 });
  }

  await workerQueue.enqueue('v3.testAlertChannel', { channelType, url });
  return json({ ok: true });
}
