import { NextFunction, Request, Response } from 'express';
import { Logger } from '../../Logger';
import { ObjectManagers } from '../../model/ObjectManagers';

const LOG_TAG = '[AuthenticationMWs]';

export class AuthenticationMWs {
  public static authenticate(req: Request, res: Response, next: NextFunction): void {
    if (!req.session['user']) {
      res.sendStatus(401);
      return;
    }
    return next();
  }

  public static async shareLogin(req: Request, res: Response, next: NextFunction): Promise<void> {
    const sharingKey = String(req.query['sk'] || '');
    const sharing = await ObjectManagers.getInstance().SharingManager.findOne(sharingKey);
    if (!sharing || sharing.password !== req.body.password) {
      Logger.warn(LOG_TAG, 'Wrong password for sharing', sharingKey.length);
      res.sendStatus(401);
      return;
    }
    req.session['user'] = { name: 'sharing', role: 'LimitedGuest', path: sharing.path };
    req.session['returnTo'] = req.body.returnTo;
    return next();
  }

  public static async login(req: Request, res: Response, next: NextFunction): Promise<void> {
    const { username = '', password = '' } = req.body.loginCredential ?? {};
    const user = await ObjectManagers.getInstance().UserManager.findOne({ name: username, password });
    if (!user) {
      // expect: log-injection
      Logger.warn(LOG_TAG, `Failed login attempt for user "${username}" from ${req.ip}`);
      res.sendStatus(401);
      return;
    }
    req.session['user'] = { name: user.name, role: user.role };
    req.resultPipe = { name: user.name };
    return next();
  }
}
