import type { LoadContext, Plugin } from '@docusaurus/types';
import type { Configuration as DevServerConfiguration } from 'webpack-dev-server';
import express from 'express';
import { sourceRoutes } from './server/source';
import { previewRoutes } from './server/preview';
import { historyRoutes } from './server/history';

export type LiveEditOptions = { docsDir?: string; editorUrl?: string };

export default function pluginLiveEdit(context: LoadContext, options: LiveEditOptions): Plugin<void> {
  const docsDir = options.docsDir ?? 'docs';
  return {
    name: 'docusaurus-plugin-live-edit',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const devServer: DevServerConfiguration = {
        setupMiddlewares(middlewares, server) {
          const app = server.app!;
          app.use('/__live', express.json({ limit: '1mb' }));
          sourceRoutes(app, context.siteDir, docsDir);
          previewRoutes(app, context.siteConfig.title);
          historyRoutes(app, context.siteDir);
          app.get('/__live/done', (req, res) => {
            const back = req.query.back as string;
            // expect: open-redirect
            res.redirect(back || context.baseUrl);
          });
          app.get('/__live/done-local', (req, res) => {
            const back = String(req.query.back ?? '');
            const safe = back.startsWith('/') && !back.startsWith('//') ? back : context.baseUrl;
            res.redirect(safe);
          });
          return middlewares;
        },
      };
      return { devServer } as any;
    },
  };
}
