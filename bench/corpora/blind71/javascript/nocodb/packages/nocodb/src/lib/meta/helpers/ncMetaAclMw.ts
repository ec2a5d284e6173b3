import type { NextFunction, Request, Response } from 'express';

type Handler = (req: Request, res: Response, next?: NextFunction) => Promise<any> | any;

const PERMISSIONS: Record<string, string[]> = {
  owner: ['*'],
  creator: ['*'],
  editor: ['dataList', 'dataRead', 'dataInsert', 'dataUpdate', 'fileRead', 'exportCsv'],
  viewer: ['dataList', 'dataRead', 'fileRead'],
};

function allowed(roles: string[], permissionName: string): boolean {
  return roles.some((role) => {
    const perms = PERMISSIONS[role] ?? [];
    return perms.includes('*') || perms.includes(permissionName);
  });
}

// Wraps a handler: checks the caller's project roles, then runs it with errors forwarded.
export default function ncMetaAclMw(handler: Handler, permissionName: string) {
  return async (req: Request & { user?: any; ncProjectId?: string }, res: Response, next: NextFunction) => {
    req.ncProjectId = req.params.projectId || (req.query.project_id as string);
    const roles: string[] = req.user?.roles ? String(req.user.roles).split(',') : ['viewer'];
    if (!allowed(roles, permissionName)) {
      return res.status(403).json({ msg: `${permissionName} - not allowed` });
    }
    try {
      await handler(req, res, next);
    } catch (e) {
      next(e);
    }
  };
}
