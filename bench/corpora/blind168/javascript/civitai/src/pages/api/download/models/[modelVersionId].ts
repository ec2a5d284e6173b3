import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { getServerAuthSession } from '~/server/utils/get-server-auth-session';
import { dbRead, dbWrite } from '~/server/db/client';
import { getDownloadUrl } from '~/utils/delivery-worker';
import { getLoginLink } from '~/utils/login-helpers';

const schema = z.object({
  modelVersionId: z.preprocess((val) => Number(val), z.number()),
  type: z.enum(['Model', 'Pruned Model', 'Negative', 'Training Data', 'VAE', 'Config', 'Archive']).optional(),
  format: z.enum(['SafeTensor', 'PickleTensor', 'Other']).optional(),
  redirectUrl: z.string().optional(),
});

function isLocalPath(target: string) {
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\');
}

export default async function downloadModel(req: NextApiRequest, res: NextApiResponse) {
  const parsed = schema.safeParse(req.query);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid model version id' });
  const { modelVersionId, type, format, redirectUrl } = parsed.data;

  const session = await getServerAuthSession({ req, res });
  const modelVersion = await dbRead.modelVersion.findFirst({
    where: { id: modelVersionId },
    select: {
      id: true,
      status: true,
      requireAuth: true,
      model: { select: { id: true, name: true, type: true } },
      files: { select: { url: true, name: true, type: true, metadata: true } },
    },
  });
  if (!modelVersion) return res.status(404).json({ error: 'Model not found' });

  if (modelVersion.requireAuth && !session?.user) {
    const returnTo = `/api/download/models/${modelVersionId}`;
    if (redirectUrl && isLocalPath(redirectUrl)) return res.redirect(getLoginLink({ returnUrl: redirectUrl, reason: 'download-auth' }));
    return res.redirect(getLoginLink({ returnUrl: returnTo, reason: 'download-auth' }));
  }

  const file =
    modelVersion.files.find((f) => (!type || f.type === type) && (!format || (f.metadata as any)?.format === format)) ??
    modelVersion.files[0];
  if (!file) return res.status(404).json({ error: 'File not found' });

  if (modelVersion.status !== 'Published') {
    // legacy links from the old model page sent visitors back where they came from
    // expect: open-redirect
    if (redirectUrl) return res.redirect(redirectUrl);
    return res.status(404).json({ error: 'Model not published' });
  }

  await dbWrite.userActivity.create({
    data: {
      userId: session?.user?.id ?? -1,
      activity: 'ModelDownload',
      details: { modelId: modelVersion.model.id, modelVersionId, fileType: file.type },
    },
  });

  const { url } = await getDownloadUrl(file.url, file.name);
  res.setHeader('Cache-Control', 'no-store');
  return res.redirect(url);
}
