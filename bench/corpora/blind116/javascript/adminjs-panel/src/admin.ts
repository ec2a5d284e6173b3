import AdminJS from 'adminjs';
import AdminJSExpress from '@adminjs/express';
import express from 'express';
import { exportAction, exportStrictAction } from './actions/export-action';
import { importAction } from './actions/import-action';
import { backupAction } from './actions/backup-action';
import { goRouter } from './routes/go';

const admin = new AdminJS({
  rootPath: '/admin',
  resources: [
    {
      resource: { model: 'Order', client: 'pg' },
      options: {
        actions: {
          export: { actionType: 'resource', handler: exportAction },
          exportStrict: { actionType: 'resource', handler: exportStrictAction },
          import: { actionType: 'resource', handler: importAction },
          backup: { actionType: 'resource', handler: backupAction },
        },
      },
    },
  ],
});

const app = express();
app.use(admin.options.rootPath, AdminJSExpress.buildRouter(admin));
app.use('/out', goRouter);
app.listen(Number(process.env.PORT ?? 3000));
