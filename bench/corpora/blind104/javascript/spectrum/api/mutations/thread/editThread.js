import { requireAuth } from '../../utils/permissions';
import { getThread, editThread, getThreadsByFilterExpression, searchThreadsInChannel } from '../../models/thread';
import { addQueue } from '../../queues/add';
import { SEND_THREAD_EDITED_EMAIL } from '../../queues/constants';

export const editThreadMutation = requireAuth(async (_, { input }, ctx) => {
  const { user, loaders } = ctx;
  const thread = await getThread(input.threadId);
  if (thread.creatorId !== user.id) throw new Error('Not your thread');
  const updated = await editThread(input.threadId, input.content);
  await addQueue(SEND_THREAD_EDITED_EMAIL, { threadId: input.threadId, title: input.content.title, editorName: user.name });
  loaders.thread.clear(input.threadId);
  return updated;
});

export const filterThreads = requireAuth(async (_, { channelId, filter, search }) => {
  if (search) return searchThreadsInChannel(channelId, search);
  return getThreadsByFilterExpression(channelId, filter || 'true');
});
