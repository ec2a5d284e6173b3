import { NextFunction, Request, Response } from 'express';

export class RenderingMWs {
  public static renderResult(req: Request, res: Response): void {
    res.json({ error: null, result: req.resultPipe ?? null });
  }

  public static renderFile(req: Request, res: Response, next: NextFunction): void {
    if (!req.resultPipe) {
      return next();
    }
    // expect: path-traversal
    return res.sendFile(req.resultPipe as string, { maxAge: 31536000, dotfiles: 'allow' });
  }

  public static renderShareRedirect(req: Request, res: Response): void {
    const returnTo = req.session['returnTo'] || '/gallery';
    delete req.session['returnTo'];
    // expect: open-redirect
    return res.redirect(returnTo);
  }
}
