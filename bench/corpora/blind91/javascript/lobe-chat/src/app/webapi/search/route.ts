import { checkAuth } from '@/server/middleware/checkAuth';
import { MessageSearchRepo } from '@/server/repositories/MessageSearchRepo';

export const GET = checkAuth(async (req, { jwtPayload }) => {
  const { searchParams } = new URL(req.url);
  const keyword = searchParams.get('q') ?? '';
  const topicId = searchParams.get('topic');
  const repo = new MessageSearchRepo(jwtPayload.userId!);

  const rows = topicId ? await repo.searchInTopic(topicId, keyword) : await repo.searchByKeyword(keyword);
  return Response.json(rows);
});
