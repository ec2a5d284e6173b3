import { Plugin } from '@nocobase/server';
import { queryAction, queryStrictAction } from './actions/query';
import { exportAction } from './actions/export';
import { renderAction } from './actions/render';
import { DeliveryJob } from './jobs/delivery';

export class PluginReportsServer extends Plugin {
  private delivery: DeliveryJob;

  async load() {
    this.app.use(async (ctx, next) => {
      ctx.state.reportLocale = ctx.get('x-locale') || 'en-US';
      ctx.state.reportTimezone = ctx.get('x-timezone') ?? 'UTC';
      await next();
    }, { tag: 'reportLocale', after: 'auth' });

    this.app.resource({
      name: 'reports',
      actions: {
        query: queryAction,
        queryStrict: queryStrictAction,
        export: exportAction,
        render: renderAction,
      },
    });

    this.delivery = new DeliveryJob(this.db, this.app.logger);
    this.app.on('afterStart', () => this.delivery.start());
    this.app.acl.allow('reports', ['query', 'queryStrict', 'render'], 'loggedIn');
    this.app.acl.registerSnippet({ name: 'pm.reports', actions: ['reports:*', 'reportSubscriptions:*'] });
  }
}

export default PluginReportsServer;
