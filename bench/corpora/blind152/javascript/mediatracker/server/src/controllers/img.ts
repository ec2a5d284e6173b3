import { createExpressRoute } from 'typescript-routes-to-openapi-server';
import path from 'path';
import { existsSync } from 'fs';
import { IMAGES_PATH } from '../config';
import { updateAsset } from '../utils';

const SIZES = new Set(['small', 'original']);

/**
 * @openapi_tags Img
 */
export class ImgController {
  image = createExpressRoute<{
    path: '/img/:id';
    method: 'get';
    requestQuery: { size?: 'small' | 'original' };
    pathParams: { id: string };
  }>(async (req, res) => {
    const size = SIZES.has(req.query.size ?? '') ? (req.query.size as string) : 'original';
    const id = path.basename(req.params.id);
    const imagePath = path.resolve(IMAGES_PATH, size, `${id}.webp`);
    if (!imagePath.startsWith(path.resolve(IMAGES_PATH) + path.sep)) {
      res.sendStatus(400);
      return;
    }
    if (!existsSync(imagePath)) await updateAsset({ id, size });
    res.sendFile(imagePath, { maxAge: '31536000000' });
  });

  themeImage = createExpressRoute<{
    path: '/img/theme/:name';
    method: 'get';
    pathParams: { name: string };
  }>(async (req, res) => {
    // expect: path-traversal
    res.sendFile(path.join(IMAGES_PATH, 'theme', req.params.name), { maxAge: '86400000' });
  });
}
