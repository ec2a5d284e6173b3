const koaRouter = require('koa-router');
const interfaceController = require('./controllers/interface.js');
const yapi = require('./yapi.js');

const router = koaRouter();

const routes = [
  { action: 'list', path: 'interface/list', method: 'get' },
  { action: 'runMockScript', path: 'interface/mock_script', method: 'post' },
  { action: 'importFromSwaggerUrl', path: 'interface/import_swagger_url', method: 'post' },
  { action: 'importFromRegistry', path: 'interface/import_registry', method: 'get' },
  { action: 'importFromWsdl', path: 'interface/import_wsdl', method: 'post' },
  { action: 'exportHtml', path: 'interface/export_html', method: 'get' }
];

function createAction(controller, action, path, method) {
  router[method]('/api/' + path, async ctx => {
    const inst = new controller(ctx);
    try {
      await inst.init(ctx);
      ctx.params = Object.assign({}, ctx.request.query, ctx.request.body, ctx.params);
      await inst[action].call(inst, ctx);
    } catch (err) {
      ctx.body = yapi.commons.resReturn(null, 40011, '服务器出错...');
      yapi.commons.log(err, 'error');
    }
  });
}

routes.forEach(item => createAction(interfaceController, item.action, item.path, item.method));

module.exports = router;
