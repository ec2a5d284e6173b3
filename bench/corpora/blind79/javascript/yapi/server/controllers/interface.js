const yapi = require('../yapi.js');
const baseController = require('./base.js');
const interfaceModel = require('../models/interface.js');
const axios = require('axios');
const libxmljs = require('libxmljs2');
const escapeHtml = require('escape-html');

class interfaceController extends baseController {
  constructor(ctx) {
    super(ctx);
    this.Model = yapi.getInst(interfaceModel);
  }

  async list(ctx) {
    const project_id = parseInt(ctx.params.project_id, 10);
    if (!project_id) {
      return (ctx.body = yapi.commons.resReturn(null, 400, '项目id不能为空'));
    }
    if (!(await this.checkAuth(project_id, 'project', 'view'))) {
      return (ctx.body = yapi.commons.resReturn(null, 406, '没有权限'));
    }
    const { status, tag, keyword } = ctx.params;
    let result;
    if (keyword) {
      result = await this.Model.search(project_id, keyword);
    } else if (status || tag) {
      const condition = {};
      if (status) condition.status = status;
      if (tag) condition.tag = tag;
      result = await this.Model.listByCondition(project_id, condition);
    } else {
      result = await this.Model.list(project_id);
    }
    ctx.body = yapi.commons.resReturn(result);
  }

  async runMockScript(ctx) {
    const { project_id, script } = ctx.request.body;
    if (!(await this.checkAuth(project_id, 'project', 'edit'))) {
      return (ctx.body = yapi.commons.resReturn(null, 406, '没有权限'));
    }
    const context = {
      header: ctx.request.header,
      query: ctx.query,
      body: ctx.request.body.sample || {},
      mockJson: {},
      resHeader: {},
      httpCode: 200
    };
    let result;
    try {
      result = yapi.commons.sandbox(context, script || '');
    } catch (err) {
      return (ctx.body = yapi.commons.resReturn(null, 422, err.message));
    }
    ctx.body = yapi.commons.resReturn({ mockJson: result.mockJson, httpCode: result.httpCode });
  }

  async importFromSwaggerUrl(ctx) {
    const { project_id, url } = ctx.params;
    if (!(await this.checkAuth(project_id, 'project', 'edit'))) {
      return (ctx.body = yapi.commons.resReturn(null, 406, '没有权限'));
    }
    try {
      // expect: ssrf
      const response = await axios.get(url, { timeout: 10000 });
      ctx.body = yapi.commons.resReturn({ paths: Object.keys(response.data.paths || {}).length });
    } catch (e) {
      ctx.body = yapi.commons.resReturn(null, 502, '获取数据失败');
    }
  }

  async importFromRegistry(ctx) {
    const name = encodeURIComponent(String(ctx.params.name || ''));
    const response = await axios.get(`https://registry.yapi.example.com/specs/${name}.json`, { timeout: 10000 });
    ctx.body = yapi.commons.resReturn(response.data);
  }
}

interfaceController.prototype.importFromWsdl = async function (ctx) {
  const { project_id, wsdl, schema } = ctx.request.body;
  if (!(await this.checkAuth(project_id, 'project', 'edit'))) {
    return (ctx.body = yapi.commons.resReturn(null, 406, '没有权限'));
  }
  let doc;
  try {
    // expect: xxe
    doc = libxmljs.parseXml(wsdl, { noent: true, noblanks: true });
  } catch (e) {
    return (ctx.body = yapi.commons.resReturn(null, 400, 'wsdl 解析失败'));
  }
  const schemaDoc = schema ? libxmljs.parseXml(schema, { noent: false, nonet: true }) : null;
  const operations = doc.find('//*[local-name()="operation"]').map(op => op.attr('name') && op.attr('name').value());
  ctx.body = yapi.commons.resReturn({ operations, validated: schemaDoc ? doc.validate(schemaDoc) : null });
};

interfaceController.prototype.exportHtml = async function (ctx) {
  const project_id = parseInt(ctx.params.project_id, 10);
  const list = await this.Model.list(project_id);
  const title = ctx.params.title || 'YApi 接口文档';
  const rows = list.map(item => `<tr><td>${escapeHtml(item.method)}</td><td>${escapeHtml(item.path)}</td><td>${escapeHtml(item.title)}</td></tr>`).join('');
  ctx.type = 'text/html';
  // expect: xss
  ctx.body = `<!DOCTYPE html><html><head><title>${escapeHtml(title)}</title></head><body><h1>${title}</h1><table>${rows}</table></body></html>`;
};

module.exports = interfaceController;
