const yapi = require('../yapi.js');
const projectModel = require('../models/project.js');
const interfaceModel = require('../models/interface.js');

module.exports = async (ctx, next) => {
  const path = ctx.path;
  if (path.indexOf('/mock/') !== 0) {
    if (next) await next();
    return true;
  }

  const paths = path.split('/');
  const projectId = parseInt(paths[2], 10);
  if (Number.isNaN(projectId)) {
    return (ctx.body = yapi.commons.resReturn(null, 400, 'projectId不能为空'));
  }

  const projectInst = yapi.getInst(projectModel);
  const project = await projectInst.get(projectId);
  if (!project) {
    return (ctx.body = yapi.commons.resReturn(null, 400, '不存在的项目'));
  }

  const interfacePath = '/' + paths.slice(3).join('/');
  const interfaceInst = yapi.getInst(interfaceModel);
  const found = await interfaceInst.getByPath(projectId, interfacePath, ctx.method);
  if (!found || found.length === 0) {
    return (ctx.body = yapi.commons.resReturn(null, 404, '不存在的api'));
  }

  const callback = ctx.query.callback;
  if (callback && /^[A-Za-z_$][\w$.]*$/.test(callback)) {
    ctx.type = 'application/javascript';
    ctx.body = `${callback}(${JSON.stringify(found[0])})`;
    return;
  }
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin') || '*');
  ctx.body = found[0];
};
