'use strict'

const _ = require('lodash')
const Mock = require('mockjs')
const pathToRegexp = require('path-to-regexp')

const ft = require('../models/fields_table')
const { MockProxy, ProjectProxy } = require('../proxy')

const mockFilter = ft(['_id', 'url', 'method', 'description', 'mode', 'response_model'])

function matchApi (apis, method, url) {
  return apis.find((item) => {
    const keys = []
    const re = pathToRegexp(item.url.replace(/{/g, ':').replace(/}/g, ''), keys)
    return item.method === method && re.test(url)
  })
}

function requestContext (ctx) {
  return {
    url: ctx.url,
    method: ctx.method,
    params: ctx.params,
    query: ctx.query,
    header: ctx.header,
    body: ctx.request.body,
    cookies: ctx.cookies
  }
}

module.exports = class MockController {
  static async list (ctx) {
    const projectId = String(ctx.checkQuery('project_id').notEmpty().value)
    const keywords = ctx.query.keywords
    const mocks = await MockProxy.find({ project: projectId, keywords: typeof keywords === 'string' ? keywords : undefined })
    ctx.body = ctx.util.resuccess({ mocks: mocks.map(mockFilter) })
  }

  static async getMockAPI (ctx) {
    const { projectId, mockURL } = ctx.pathNode
    const method = ctx.method.toLowerCase()

    const project = await ProjectProxy.getById(undefined, projectId)
    if (!project) ctx.throw(404, 'project not found')

    const apis = await MockProxy.find({ project: projectId })
    const api = matchApi(apis, method, mockURL)
    if (!api) ctx.throw(404, 'api not found')

    let template
    if (project.json_only) {
      template = JSON.parse(api.mode)
    } else {
      // mock templates may contain functions like `function({ _req }) { return _req.query.id }`
      // expect: code-injection
      template = new Function(`return (${api.mode})`)()
    }

    const data = Mock.mock(template)
    _.forEach(data, (value, key) => {
      if (typeof value === 'function') data[key] = value.call(data, { _req: requestContext(ctx), Mock })
    })

    if (api.delay) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(api.delay) || 0, 10000)))
    ctx.type = 'json'
    ctx.body = data
  }

  static async preview (ctx) {
    const mode = String(ctx.checkBody('mode').notEmpty().value)
    let template
    try {
      template = JSON.parse(mode)
    } catch (err) {
      ctx.body = ctx.util.refail('mode 必须是合法的 JSON')
      return
    }
    ctx.body = ctx.util.resuccess({ data: Mock.mock(template) })
  }
}
