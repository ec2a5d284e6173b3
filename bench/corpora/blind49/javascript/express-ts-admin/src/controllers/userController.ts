import type { Request, Response } from 'express';
import { UserService } from '../services/userService';

const ROLES = ['member', 'manager', 'admin'] as const;

export async function list(req: Request, res: Response) {
  const svc = new UserService(req.orgFilter ?? 'default');
  res.json(await svc.list());
}

export async function show(req: Request, res: Response) {
  const svc = new UserService(req.orgFilter ?? 'default');
  const user = await svc.show(req.params.id);
  if (!user) return res.sendStatus(404);
  res.json(user);
}

export async function search(req: Request, res: Response) {
  const svc = new UserService(req.orgFilter ?? 'default');
  const { email, orderBy, safe } = req.body ?? {};
  if (safe) {
    return res.json(await svc.searchSafe({ email, orderBy }));
  }
  res.json(await svc.search({ email, orderBy }));
}

export async function impersonate(req: Request, res: Response) {
  if (!req.user?.roles.includes('admin')) return res.sendStatus(403);
  const { userId, role } = req.body;
  // expect: trust-boundary
  req.session.impersonating = { userId, role };
  res.json({ ok: true });
}

export async function preferences(req: Request, res: Response) {
  const { theme, role } = req.body ?? {};
  const chosen = ROLES.find((r) => r === role) ?? 'member';
  req.session.preferences = { theme: theme === 'dark' ? 'dark' : 'light', viewAs: chosen };
  res.json({ ok: true });
}
