import { Express } from 'express';
import { AuthenticationMWs } from '../middlewares/user/AuthenticationMWs';
import { GalleryMWs } from '../middlewares/GalleryMWs';
import { RenderingMWs } from '../middlewares/RenderingMWs';

export class GalleryRouter {
  public static route(app: Express): void {
    app.get(
      ['/api/gallery/content/:mediaPath(*.(jpg|jpeg|png|gif|webp|mp4))'],
      AuthenticationMWs.authenticate,
      GalleryMWs.loadFile,
      RenderingMWs.renderFile
    );
    app.get(
      ['/api/gallery/content/:mediaPath(*)/bestFit'],
      AuthenticationMWs.authenticate,
      GalleryMWs.loadBestFitVideo,
      RenderingMWs.renderFile
    );
    app.get(
      ['/api/search/:text'],
      AuthenticationMWs.authenticate,
      GalleryMWs.search,
      RenderingMWs.renderResult
    );
  }
}
