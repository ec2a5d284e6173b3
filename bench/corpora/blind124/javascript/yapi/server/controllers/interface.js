const baseController = require('./base.js');
const interfaceModel = require('../models/interface.js');
const mockRunner = require('../utils/mock-runner.js');
const specFetcher = require('../utils/spec-fetcher.js');
const yapi = require('../yapi.js');

class interfaceController extends baseController {
  constructor(ctx) {
    super(ctx);
    this.Model = yapi.getInst(interfaceModel);
  }

  async search(ctx) {
    const { q = '', project_id } = ctx.params;
    const list = await this.Model.search(q, project_id);
    ctx.body = this.resReturn(list);
  }

  async get(ctx) {
    const id = parseInt(ctx.params.id, 10);
    ctx.body = this.resReturn(await this.Model.get(id));
  }

  async runMock(ctx) {
    const { script, template, query = {} } = ctx.params;
    const context = { query, body: ctx.request.body, mockJson: {} };
    if (template) {
      ctx.body = this.resReturn(mockRunner.fillTemplate(template, query));
      return;
    }
    ctx.body = this.resReturn(mockRunner.run(script, context));
  }

  async importFromUrl(ctx) {
    const { url, registry_name, type = 'swagger' } = ctx.params;
    const spec = registry_name ? await specFetcher.fromRegistry(registry_name) : await specFetcher.fetchSpec(url);
    this.log(`import ${type} spec for uid ${this.$uid}`, 'info');
    ctx.body = this.resReturn({ paths: Object.keys(spec.paths || {}).length });
  }
}

module.exports = interfaceController;
