import { Backend, KuzzleRequest } from 'kuzzle';
import { ReportController } from './lib/controllers/ReportController';
import { ExporterPlugin } from './plugins/exporter/ExporterPlugin';

const app = new Backend('analytics');

app.pipe.register('request:onAuthorized', async (request: KuzzleRequest) => {
  request.context.connection.misc.tenant = request.input.headers?.['x-tenant'] ?? 'default';
  return request;
});

app.controller.use(new ReportController(app));
app.plugin.use(new ExporterPlugin());

app.start().catch(console.error);
