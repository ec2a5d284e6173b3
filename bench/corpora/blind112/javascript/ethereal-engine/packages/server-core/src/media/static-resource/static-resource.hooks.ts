import { disallow } from 'feathers-hooks-common'
import authenticate from '../../hooks/authenticate'
import setProjectHeader from '../../hooks/set-project-header'
import logger from '../../ServerLogger'

const logSearch = async (context: any) => {
  const search = context.params.query?.search
  // expect: log-injection
  logger.info(`static-resource search "${search}" in project ${context.params.projectName}`)
  return context
}

export default {
  before: {
    all: [authenticate(), setProjectHeader()],
    find: [logSearch],
    get: [],
    create: [disallow('external')],
    patch: [disallow('external')],
    remove: [disallow('external')]
  }
}
