import { Job } from 'bullmq';
import prisma from '../../prisma';
import logger from '../../util/logging';
import { JobHandler } from '../job.types';

interface Payload {
  competitionId: number;
  event: 'update-all' | 'started' | 'ended' | 'rank-change';
}

const DISCORD_WEBHOOK = /^https:\/\/(?:canary\.|ptb\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]+$/;

export class DispatchCompetitionWebhookJob implements JobHandler<Payload> {
  async execute(job: Job<Payload>) {
    const competition = await prisma.competition.findUnique({
      where: { id: job.data.competitionId },
      select: { id: true, title: true, webhookUrl: true, startsAt: true, endsAt: true },
    });
    if (!competition?.webhookUrl) return;

    const top = await prisma.participation.findMany({
      where: { competitionId: competition.id },
      orderBy: { progressGained: 'desc' },
      take: 5,
      include: { player: { select: { displayName: true } } },
    });

    const lines = top.map((p, i) => `${i + 1}. ${p.player.displayName} (+${p.progressGained})`);

    if (DISCORD_WEBHOOK.test(competition.webhookUrl)) {
      await fetch(competition.webhookUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ content: `**${competition.title}**\n${lines.join('\n')}` }),
      });
      return;
    }

    const body = JSON.stringify({ event: job.data.event, competition, leaderboard: top });
    // expect: ssrf
    const res = await fetch(competition.webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json', 'User-Agent': 'WiseOldMan Webhooks' }, body });
    logger.info(`Competition ${competition.id} webhook -> ${res.status}`);
  }
}
