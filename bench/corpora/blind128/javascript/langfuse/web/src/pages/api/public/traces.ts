import { withMiddlewares } from "@/src/features/public-api/withMiddlewares";
import { traceRepository } from "@/src/server/repositories/traces";
import { auditLog } from "@/src/server/utils/auditLog";

export default withMiddlewares({
  GET: async (req, res, projectId) => {
    const { page = "1", limit = "50", orderBy, name, userId } = req.query as Record<string, string | undefined>;
    const take = Math.min(parseInt(limit, 10) || 50, 100);
    const skip = (Math.max(parseInt(page, 10) || 1, 1) - 1) * take;

    const traces = orderBy
      ? await traceRepository.listOrdered(projectId, orderBy, take, skip)
      : await traceRepository.list(projectId, { name, userId }, take, skip);
    res.status(200).json({ data: traces, meta: { page: Number(page), limit: take } });
  },
  POST: async (req, res, projectId) => {
    const { name = "trace", userId, metadata } = req.body ?? {};
    const trace = await traceRepository.create(projectId, String(name), userId ? String(userId) : null, metadata);
    auditLog(projectId, name);
    res.status(201).json(trace);
  },
});
