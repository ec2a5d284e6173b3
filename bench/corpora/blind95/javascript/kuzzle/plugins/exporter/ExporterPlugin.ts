import { KuzzleRequest, Plugin, PluginContext } from 'kuzzle';
import { promises as fs } from 'fs';
import path from 'path';

export class ExporterPlugin extends Plugin {
  private root = '/var/lib/kuzzle/exports';

  constructor() {
    super({ kuzzleVersion: '>=2.14.0 <3' });
  }

  async init(config: any, context: PluginContext) {
    this.config = config;
    this.context = context;
    this.api = {
      exports: {
        actions: {
          download: { handler: this.download.bind(this), http: [{ verb: 'get', path: 'exports/:file' }] },
          downloadSafe: { handler: this.downloadSafe.bind(this), http: [{ verb: 'get', path: 'exports-safe/:file' }] },
        },
      },
    };
  }

  async download(request: KuzzleRequest) {
    const file = request.input.args.file;
    const tenant = request.context.connection.misc.tenant;
    // expect: path-traversal
    const content = await fs.readFile(path.join(this.root, tenant, file), 'utf8');
    return { content };
  }

  async downloadSafe(request: KuzzleRequest) {
    const file = path.basename(request.getString('file'));
    const tenant = String(request.context.connection.misc.tenant).replace(/[^\w-]/g, '');
    const content = await fs.readFile(path.join(this.root, tenant, file), 'utf8');
    return { content };
  }
}
