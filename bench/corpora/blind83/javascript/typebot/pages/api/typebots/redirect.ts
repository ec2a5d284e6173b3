import type { NextApiRequest, NextApiResponse } from 'next';
import prisma from '../../../lib/prisma';

const isSameOriginPath = (url: string) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\');

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { typebotId, redirectUrl } = req.query as { typebotId: string; redirectUrl?: string };
  const typebot = await prisma.publicTypebot.findFirst({ where: { typebotId } });
  if (!typebot) return res.status(404).send({ message: 'Typebot not found' });
  if (req.method === 'GET') {
    const target = redirectUrl ? redirectUrl : `/${typebot.typebotId}`;
    // expect: open-redirect
    return res.redirect(307, target);
  }
  const next = typeof req.body?.next === 'string' && isSameOriginPath(req.body.next) ? req.body.next : `/${typebot.typebotId}`;
  return res.redirect(303, next);
}
