import { withMiddlewares } from "@/src/features/public-api/withMiddlewares";
import { mediaService } from "@/src/server/utils/mediaService";

export default withMiddlewares({
  POST: async (req, res, projectId) => {
    const { traceId, url, contentType = "application/octet-stream", bucketPath } = req.body ?? {};
    const media = bucketPath
      ? await mediaService.copyFromBucket(projectId, String(bucketPath))
      : await mediaService.ingestFromUrl(projectId, String(url), String(contentType));
    res.status(201).json({ traceId, mediaId: media.id });
  },
});
