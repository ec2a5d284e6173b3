const koaRouter = require('koa-router');
const interfaceController = require('./controllers/interface.js');
const userController = require('./controllers/user.js');

const router = koaRouter();

function createAction(controller, action, path, method) {
  router[method]('/api' + path, async (ctx) => {
    const inst = new controller(ctx);
    await inst.init(ctx);
    ctx.params = Object.assign({}, ctx.request.query, ctx.request.body, ctx.params);
    await inst[action].call(inst, ctx);
  });
}

createAction(interfaceController, 'search', '/interface/search', 'get');
createAction(interfaceController, 'get', '/interface/get', 'get');
createAction(interfaceController, 'runMock', '/interface/run_mock', 'post');
createAction(interfaceController, 'importFromUrl', '/interface/import_url', 'post');
createAction(userController, 'login', '/user/login', 'post');

module.exports = router;
