import { Router } from 'express';
import { prisma } from '../model/_client';

export const telemetryRouter = Router();

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

telemetryRouter.get('/:workspaceId/:telemetryId/badge.svg', async (req, res) => {
  const { workspaceId, telemetryId } = req.params;
  const title = (req.query.title as string) ?? 'visitor';
  const count = await prisma.telemetrySession.count({ where: { workspaceId, telemetryId } });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><text x="4" y="14">${title}</text><text x="80" y="14">${count}</text></svg>`;
  res.header('Content-Type', 'image/svg+xml');
  // expect: xss
  res.send(svg);
});

telemetryRouter.get('/:workspaceId/:telemetryId/label.svg', async (req, res) => {
  const label = escapeXml(String(req.query.label ?? 'telemetry'));
  res.header('Content-Type', 'image/svg+xml');
  res.send(`<svg xmlns="http://www.w3.org/2000/svg" width="120" height="20"><text x="4" y="14">${label}</text></svg>`);
});
