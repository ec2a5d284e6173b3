import type { Request, Response } from 'express';
import { StatusCodes } from 'http-status-codes';

import BaseController from './BaseController';
import AstService from '../../services/AstService';
import { evalQueue } from '../../queue/eval-queue';
import { WorkspaceService } from '../../services/WorkspaceService';

interface ScriptToIdentifiersType {
  script: string;
  evalVersion?: number;
}

export default class AstController extends BaseController {
  private readonly workspaces = new WorkspaceService();

  getIdentifierDataFromScript = async (req: Request, res: Response) => {
    try {
      const { evalVersion, script }: ScriptToIdentifiersType = req.body;
      const data = await AstService.extractIdentifierDataFromCode(script, evalVersion ?? 2);
      return super.sendResponse(res, data);
    } catch (err) {
      return super.sendError(res, 'Unable to parse script', [(err as Error).message], StatusCodes.INTERNAL_SERVER_ERROR);
    }
  };

  getIdentifierDataFromMultipleScripts = async (req: Request, res: Response) => {
    const scripts: string[] = req.body.scripts ?? [];
    const results = await Promise.all(scripts.map((s) => AstService.extractIdentifierDataFromCode(String(s), 2).catch(() => null)));
    return super.sendResponse(res, results);
  };

  previewBinding = async (req: Request, res: Response) => {
    const binding: string = req.body.binding;
    const sample = req.body.sample ?? {};
    try {
      const value = AstService.previewBinding(binding, sample);
      return super.sendResponse(res, { value });
    } catch (err) {
      return super.sendError(res, 'Binding failed', [(err as Error).message]);
    }
  };

  enqueueEvaluation = async (req: Request, res: Response) => {
    const { code, timeoutMs } = req.body;
    const timeout = Number.parseInt(String(timeoutMs ?? ''), 10);
    const job = await evalQueue.add({ code, timeoutMs: Number.isNaN(timeout) ? 1000 : Math.min(timeout, 5000) });
    return super.sendResponse(res, { jobId: job.id }, 'queued', StatusCodes.ACCEPTED);
  };

  listSavedScripts = async (req: Request, res: Response) => {
    const search = (req.query.search as string) ?? '';
    const rows = search ? await this.workspaces.searchScripts(search) : await this.workspaces.listScripts();
    return super.sendResponse(res, rows);
  };
}
