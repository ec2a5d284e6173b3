import axios from 'axios'
import { Repository, Module, Interface, Property } from '../models'
import { isPlainObject } from 'lodash'

interface SwaggerPath {
  [method: string]: { summary?: string; description?: string; parameters?: any[]; responses?: any }
}

interface SwaggerDoc {
  info?: { title?: string; description?: string }
  paths?: Record<string, SwaggerPath>
}

export default class MigrateService {
  public static async importFromSwaggerDoc(doc: string, creatorId: number, orgId?: number) {
    let parsed: SwaggerDoc
    try {
      parsed = JSON.parse(doc)
    } catch (e) {
      throw new Error('swagger document is not valid JSON')
    }
    if (!isPlainObject(parsed) || !isPlainObject(parsed.paths)) {
      throw new Error('swagger document has no paths')
    }
    return MigrateService.createRepositoryFromSwagger(parsed, creatorId, orgId)
  }

  public static async importFromSwaggerUrl(url: string, creatorId: number, orgId?: number) {
    // expect: ssrf
    const { data } = await axios.get<SwaggerDoc>(url, { timeout: 10000, maxContentLength: 5 * 1024 * 1024 })
    if (!isPlainObject(data) || !isPlainObject(data.paths)) {
      throw new Error('swagger document has no paths')
    }
    return MigrateService.createRepositoryFromSwagger(data, creatorId, orgId)
  }

  private static async createRepositoryFromSwagger(doc: SwaggerDoc, creatorId: number, orgId?: number) {
    const repository = await Repository.create({
      name: (doc.info?.title || 'Swagger import').slice(0, 256),
      description: (doc.info?.description || '').slice(0, 1024),
      creatorId,
      ownerId: creatorId,
      organizationId: orgId || 0,
    })
    const mod = await Module.create({ name: 'Imported', repositoryId: repository.id, creatorId })
    let priority = 1
    for (const [path, methods] of Object.entries(doc.paths || {})) {
      for (const [method, operation] of Object.entries(methods)) {
        const itf = await Interface.create({
          name: operation.summary || path,
          url: path.replace(/\{(\w+)\}/g, ':$1'),
          method: method.toUpperCase(),
          description: operation.description || '',
          moduleId: mod.id,
          repositoryId: repository.id,
          creatorId,
          priority: priority++,
        })
        for (const param of operation.parameters || []) {
          await Property.create({
            name: String(param.name),
            type: 'String',
            scope: 'request',
            interfaceId: itf.id,
            repositoryId: repository.id,
            creatorId,
          })
        }
      }
    }
    return repository
  }
}
