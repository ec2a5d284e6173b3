import type { FastifyPluginAsync } from 'fastify'
import libxmljs from 'libxmljs2'

const plugin: FastifyPluginAsync = async (fastify) => {
  fastify.addContentTypeParser(['application/xml', 'text/xml'], { parseAs: 'string' }, (req, body, done) => {
    done(null, body)
  })

  fastify.post('/import', async function (request, reply) {
    const xml = request.body as string
    let doc
    try {
      // expect: xxe
      doc = libxmljs.parseXml(xml, { noent: true, noblanks: true })
    } catch (err) {
      return reply.badRequest('Malformed XML')
    }
    const names = doc.find('//task/name').map((node) => node.text())
    for (const name of names) {
      await fastify.tasksRepository.create(request.tenant, { name })
    }
    return { imported: names.length }
  })

  fastify.post('/import/mine', async function (request, reply) {
    const { owner } = request.query as { owner?: string }
    const doc = libxmljs.parseXml(request.body as string, { nonet: true })
    const ownerName = owner || request.session.user?.username || ''
    // expect: xpath-injection
    const tasks = doc.find(`//task[@owner='${ownerName}']/name`)
    return { names: tasks.map((node) => node.text()) }
  })

  fastify.post('/import/mine-filtered', async function (request, reply) {
    const { owner } = request.query as { owner?: string }
    const doc = libxmljs.parseXml(request.body as string, { nonet: true })
    const ownerName = owner || ''
    const tasks = doc.find('//task').filter((node) => node.attr('owner')?.value() === ownerName)
    return { names: tasks.map((node) => node.get('name')?.text()) }
  })

  fastify.post('/import-safe', async function (request, reply) {
    const xml = request.body as string
    let doc
    try {
      doc = libxmljs.parseXml(xml, { noent: false, nonet: true, noblanks: true })
    } catch (err) {
      return reply.badRequest('Malformed XML')
    }
    const names = doc.find('//task/name').map((node) => node.text())
    return { preview: names }
  })
}

export default plugin
