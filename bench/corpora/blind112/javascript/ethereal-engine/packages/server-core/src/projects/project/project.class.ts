import { Params } from '@feathersjs/feathers'
import { KnexAdapterParams, KnexService } from '@feathersjs/knex'
import { BadRequest } from '@feathersjs/errors'

import { ProjectData, ProjectPatch, ProjectQuery, ProjectType } from '@etherealengine/common/src/schemas/projects/project.schema'
import { cloneProject, cloneProjectChecked } from './project-helper'

export interface ProjectParams extends KnexAdapterParams<ProjectQuery> {}

export class ProjectService<T = ProjectType, ServiceParams extends Params = ProjectParams> extends KnexService<
  ProjectType,
  ProjectData,
  ProjectParams,
  ProjectPatch
> {
  async create(data: any, params?: ProjectParams) {
    const { sourceURL, name, branch, verified } = data
    if (!sourceURL || !name) throw new BadRequest('sourceURL and name are required')

    const dir = verified === true ? await cloneProjectChecked(sourceURL, name, branch) : await cloneProject(sourceURL, name, branch)

    return super._create({ name, repositoryPath: sourceURL, localPath: dir } as any, params)
  }
}
