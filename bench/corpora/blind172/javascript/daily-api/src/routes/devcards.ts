import { FastifyInstance } from 'fastify';
import { DevCard, User } from '../entity';
import createOrGetConnection from '../db';
import { escapeXml, getDevCardStats } from '../common/devcard';

const THEMES: Record<string, { bg: string; fg: string }> = {
  default: { bg: '#0e1217', fg: '#ffffff' },
  iron: { bg: '#5a5a5a', fg: '#ffffff' },
  bronze: { bg: '#b06a2d', fg: '#ffffff' },
  legendary: { bg: '#ce3df3', fg: '#0e1217' },
};

export default async function (fastify: FastifyInstance): Promise<void> {
  // GET /devcards/:id.svg : the embeddable profile card
  fastify.get<{ Params: { id: string } }>('/:id.svg', async (req, res) => {
    const con = await createOrGetConnection();
    const card = await con.getRepository(DevCard).findOneBy({ id: req.params.id });
    if (!card) return res.status(404).send();
    const user = await con.getRepository(User).findOneByOrFail({ id: card.userId });
    const stats = await getDevCardStats(con, user.id);
    const theme = THEMES[card.theme] ?? THEMES.default;

    const lines = [
      `<svg xmlns="http://www.w3.org/2000/svg" width="356" height="536" viewBox="0 0 356 536">`,
      `<rect width="356" height="536" rx="24" fill="${theme.bg}"/>`,
      `<text x="24" y="64" fill="${theme.fg}" font-size="24">${escapeXml(user.name)}</text>`,
      `<text x="24" y="96" fill="${theme.fg}" font-size="16">@${escapeXml(user.username ?? '')}</text>`,
      `<text x="24" y="140" fill="${theme.fg}">${stats.reputation} reputation &#183; ${stats.articlesRead} articles read</text>`,
    ];
    if (card.showBio && user.bio) {
      // expect: xss
      lines.push(`<foreignObject x="24" y="160" width="308" height="120"><div xmlns="http://www.w3.org/1999/xhtml" style="color:${theme.fg}">${user.bio}</div></foreignObject>`);
    }
    lines.push('</svg>');

    return res
      .type('image/svg+xml')
      .header('cache-control', 'public, max-age=3600')
      .send(lines.join(''));
  });
}
