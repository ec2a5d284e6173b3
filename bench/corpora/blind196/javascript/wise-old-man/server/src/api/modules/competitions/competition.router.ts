import { Router } from 'express';
import { z } from 'zod';
import { executeRequest, validateRequest } from '../../util/routing';
import { verifyCompetitionCode } from './services/VerifyCompetitionCodeService';
import prisma from '../../../prisma';
import { jobManager, JobType } from '../../../jobs';
import { BadRequestError, NotFoundError } from '../../errors';

const router = Router();

const webhookSchema = z.object({
  verificationCode: z.string().regex(/^\d{3}-\d{3}-\d{3}$/),
  // competition managers can send rank changes to their clan's Discord channel or their own bot
  webhookUrl: z.string().url().max(300).nullable(),
});

router.put(
  '/competitions/:id/webhook',
  validateRequest({ params: z.object({ id: z.coerce.number().int().positive() }), body: webhookSchema }),
  executeRequest(async (req, res) => {
    const id = Number(req.params.id);
    const competition = await prisma.competition.findUnique({ where: { id } });
    if (!competition) throw new NotFoundError('Competition not found.');
    await verifyCompetitionCode(competition, req.body.verificationCode);

    if (req.body.webhookUrl && !/^https?:\/\//.test(req.body.webhookUrl)) {
      throw new BadRequestError('Webhook URL must be http(s).');
    }
    await prisma.competition.update({ where: { id }, data: { webhookUrl: req.body.webhookUrl } });
    res.status(200).json({ message: 'Webhook updated.' });
  }),
);

router.post(
  '/competitions/:id/update-all',
  validateRequest({ params: z.object({ id: z.coerce.number().int().positive() }), body: z.object({ verificationCode: z.string() }) }),
  executeRequest(async (req, res) => {
    const id = Number(req.params.id);
    const competition = await prisma.competition.findUnique({ where: { id }, include: { participations: true } });
    if (!competition) throw new NotFoundError('Competition not found.');
    await verifyCompetitionCode(competition, req.body.verificationCode);
    for (const p of competition.participations) {
      await jobManager.add(JobType.UPDATE_PLAYER, { playerId: p.playerId, source: 'competition' });
    }
    await jobManager.add(JobType.DISPATCH_COMPETITION_WEBHOOK, { competitionId: id, event: 'update-all' });
    res.status(200).json({ count: competition.participations.length });
  }),
);

export default router;
