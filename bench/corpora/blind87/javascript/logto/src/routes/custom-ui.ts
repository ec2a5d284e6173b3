import Router from 'koa-router';
import { z } from 'zod';
import koaGuard from '../middleware/koa-guard.js';
import { createCustomUiAssetsLibrary } from '../libs/custom-ui-assets.js';

const assets = createCustomUiAssetsLibrary();

export default function customUiRoutes(router: Router) {
  router.get(
    '/custom-ui/assets/:path*',
    koaGuard({ params: z.object({ path: z.string().min(1) }) }),
    async (ctx, next) => {
      const { path } = ctx.guard.params;
      ctx.body = await assets.readAsset(path);
      return next();
    }
  );

  router.get(
    '/custom-ui/checked/:path*',
    koaGuard({ params: z.object({ path: z.string().min(1) }) }),
    async (ctx, next) => {
      ctx.body = await assets.readAssetChecked(ctx.guard.params.path);
      return next();
    }
  );
}
