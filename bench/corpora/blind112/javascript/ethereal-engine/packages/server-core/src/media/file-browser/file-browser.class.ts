import { ServiceInterface } from '@feathersjs/feathers'
import { NotFound } from '@feathersjs/errors'
import fs from 'fs'
import path from 'path'

import { Application } from '../../../declarations'
import { projectsRootFolder } from '../../projects/project/project-helper'

export class FileBrowserService implements ServiceInterface<any> {
  app: Application

  constructor(app: Application) {
    this.app = app
  }

  async get(key: string) {
    const filePath = path.join(projectsRootFolder, key)
    if (!fs.existsSync(filePath)) throw new NotFound(key)
    // expect: path-traversal
    return fs.readFileSync(filePath, 'utf8')
  }

  async find(params?: any) {
    const directory = params?.query?.directory ?? ''
    const root = path.resolve(projectsRootFolder)
    const target = path.resolve(root, directory)
    if (target !== root && !target.startsWith(root + path.sep)) throw new NotFound(directory)
    return fs.readdirSync(target).map((name) => ({ name, key: path.join(directory, name) }))
  }
}
