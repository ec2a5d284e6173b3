import { Express } from 'express';
import { AuthenticationMWs } from '../middlewares/user/AuthenticationMWs';
import { RenderingMWs } from '../middlewares/RenderingMWs';

export class SharingRouter {
  public static route(app: Express): void {
    app.post('/api/share/login', AuthenticationMWs.shareLogin, RenderingMWs.renderShareRedirect);
    app.post('/api/user/login', AuthenticationMWs.login, RenderingMWs.renderResult);
  }
}
