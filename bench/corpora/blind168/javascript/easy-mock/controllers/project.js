'use strict'

const _ = require('lodash')
const { ProjectProxy, MockProxy } = require('../proxy')
const SwaggerUtil = require('../util/swagger')

function normaliseUrl (url) {
  return '/' + String(url || '').replace(/^\/+|\/+$/g, '').replace(/[^\w/-]/g, '')
}

module.exports = class ProjectController {
  static async create (ctx) {
    const uid = ctx.state.user.id
    const name = String(ctx.checkBody('name').notEmpty().len(1, 30).value)
    const url = normaliseUrl(ctx.checkBody('url').notEmpty().value)
    const description = String(ctx.checkBody('description').default('').value)
    const swaggerUrl = ctx.request.body.swagger_url

    if (await ProjectProxy.findByGroupUrl(uid, ctx.request.body.group || '', url)) {
      ctx.body = ctx.util.refail(`项目 ${url} 已存在`)
      return
    }

    const [project] = await ProjectProxy.newAndSave([{ user: uid, name, url, description, swagger_url: swaggerUrl, members: [] }])
    if (swaggerUrl) {
      const doc = await SwaggerUtil.fetchRemote(swaggerUrl)
      await SwaggerUtil.create(project, doc)
    }
    ctx.body = ctx.util.resuccess({ _id: project.id })
  }

  static async importSwagger (ctx) {
    const projectId = String(ctx.checkBody('id').notEmpty().value)
    const project = await ProjectProxy.getById(ctx.state.user.id, projectId)
    if (!project) ctx.throw(403, '无权限')

    const file = ctx.request.files && ctx.request.files.swagger
    if (!file) ctx.throw(400, '请上传 swagger 文件')
    const doc = await SwaggerUtil.parseUpload(file.path)
    await SwaggerUtil.create(project, doc)
    ctx.body = ctx.util.resuccess()
  }

  static async list (ctx) {
    const uid = ctx.state.user.id
    const keywords = typeof ctx.query.keywords === 'string' ? ctx.query.keywords : ''
    const projects = await ProjectProxy.searchByName(uid, keywords)
    const counts = await Promise.all(projects.map((p) => MockProxy.count({ project: p.id })))
    ctx.body = ctx.util.resuccess(projects.map((p, i) => ({
      ..._.pick(p, ['_id', 'name', 'url', 'description', 'swagger_url']),
      mock_count: counts[i]
    })))
  }

  static async delete (ctx) {
    const projectId = String(ctx.checkBody('id').notEmpty().value)
    const project = await ProjectProxy.getById(ctx.state.user.id, projectId)
    if (!project || String(project.user.id) !== String(ctx.state.user.id)) ctx.throw(403, '无权限')
    await ProjectProxy.delById(projectId)
    ctx.body = ctx.util.resuccess()
  }
}
