import { Params } from '@feathersjs/feathers'
import { KnexAdapterParams, KnexService } from '@feathersjs/knex'

import {
  StaticResourceData,
  StaticResourcePatch,
  StaticResourceQuery,
  StaticResourceType
} from '@etherealengine/common/src/schemas/media/static-resource.schema'

export interface StaticResourceParams extends KnexAdapterParams<StaticResourceQuery> {
  projectName?: string
}

const SORT_COLUMNS = new Set(['key', 'createdAt', 'updatedAt'])

export class StaticResourceService<
  T = StaticResourceType,
  ServiceParams extends Params = StaticResourceParams
> extends KnexService<StaticResourceType, StaticResourceData, StaticResourceParams, StaticResourcePatch> {
  async searchByTag(params: StaticResourceParams) {
    const { tag, sort } = (params.query || {}) as any
    const knex = this.getModel(params)
    const column = SORT_COLUMNS.has(sort) ? sort : 'createdAt'
    return knex('static-resource').whereRaw('tags LIKE ?', [`%${tag}%`]).orderBy(column, 'desc').limit(50)
  }

  async searchByName(params: StaticResourceParams) {
    const search = (params.query as any)?.search ?? ''
    const knex = this.getModel(params)
    const project = params.projectName
    // expect: sql-injection
    return knex('static-resource').whereRaw(`project = '${project}' AND key LIKE '%${search}%'`).limit(50)
  }
}
