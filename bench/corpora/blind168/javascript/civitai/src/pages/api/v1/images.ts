import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { getServerAuthSession } from '~/server/utils/get-server-auth-session';
import { getAllImages, getImagesByUsername } from '~/server/services/image.service';
import { PublicEndpoint } from '~/server/utils/endpoint-helpers';

const imagesQuerySchema = z.object({
  limit: z.coerce.number().min(0).max(200).default(100),
  page: z.coerce.number().min(1).default(1),
  sort: z.enum(['Most Reactions', 'Most Comments', 'Newest']).default('Newest'),
  period: z.enum(['Day', 'Week', 'Month', 'Year', 'AllTime']).default('AllTime'),
  modelVersionId: z.coerce.number().optional(),
  tags: z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')))
    .optional(),
  username: z.string().max(64).optional(),
  nsfw: z.enum(['None', 'Soft', 'Mature', 'X']).optional(),
});

function publicImageUrl(key: string, width: number) {
  return `https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/${encodeURIComponent(key)}/width=${width}`;
}

export default PublicEndpoint(async function handler(req: NextApiRequest, res: NextApiResponse) {
  const parsed = imagesQuerySchema.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });

  const { limit, page, sort, period, modelVersionId, tags, username, nsfw } = parsed.data;
  const session = await getServerAuthSession({ req, res });

  const items = username
    ? await getImagesByUsername({ username, limit, skip: (page - 1) * limit })
    : await getAllImages({
        limit,
        skip: (page - 1) * limit,
        sort,
        period,
        modelVersionId,
        tags,
        nsfw,
        userId: session?.user?.id,
      });

  res.setHeader('Cache-Control', 'public, max-age=60, stale-while-revalidate=300');
  return res.status(200).json({
    items: items.map((image) => ({
      id: image.id,
      url: publicImageUrl(image.url, image.width ?? 450),
      hash: image.hash,
      width: image.width,
      height: image.height,
      nsfwLevel: image.nsfw,
      createdAt: image.createdAt,
      postId: image.postId,
      username: image.username,
    })),
    metadata: { page, pageSize: limit },
  });
});
