import { Request, Response, NextFunction } from 'express';
import { ProjectService } from '../services/projectService';
import { StorageService } from '../services/storageService';
import { loadMessages } from '../services/i18n';

const projects = new ProjectService();
const storage = new StorageService(process.env.TENANT_FILES_ROOT ?? '/srv/tenant-files');

type Handler = (req: Request, res: Response, next: NextFunction) => Promise<unknown>;
const wrap = (fn: Handler) => (req: Request, res: Response, next: NextFunction) => fn(req, res, next).catch(next);

export const list = wrap(async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : 'active';
  const sort = String(req.query.sort ?? 'updated');
  res.json(await projects.list(req.tenant!.schema, status, sort));
});

export const search = wrap(async (req, res) => {
  const term = (req.query.q as string) || '';
  const owner = req.query.owner as string | undefined;
  res.json(await projects.search(req.tenant!.schema, { term, owner }));
});

export const attachment = wrap(async (req, res) => {
  const { projectId, fileName } = req.params;
  const stream = storage.open(req.tenant!.slug, projectId, fileName);
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

export const attachmentSafe = wrap(async (req, res) => {
  const { projectId, fileName } = req.params;
  const stream = storage.openSafe(req.tenant!.slug, projectId, fileName);
  if (!stream) return res.status(400).json({ error: 'bad_file' });
  stream.on('error', () => res.status(404).end());
  stream.pipe(res);
});

export const exportProject = wrap(async (req, res) => {
  const project = await projects.get(req.tenant!.schema, req.params.projectId);
  const name = (req.query.name as string) ?? project.name;
  // expect: header-injection
  res.setHeader('Content-Disposition', `attachment; filename="${name}.json"`);
  res.setHeader('Content-Type', 'application/json');
  res.send(JSON.stringify(project));
});

export const addLabel = wrap(async (req, res) => {
  const { label, color = '#cccccc' } = req.body ?? {};
  const saved = await projects.addLabel(req.tenant!.schema, req.params.projectId, label, color);
  res.status(201).json(saved);
});

export const messages = wrap(async (_req, res) => {
  res.json(await loadMessages());
});
