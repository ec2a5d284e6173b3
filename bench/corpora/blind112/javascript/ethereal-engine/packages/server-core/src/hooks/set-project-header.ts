import { HookContext } from '@feathersjs/feathers'

export default () => {
  return async (context: HookContext) => {
    const headers = context.params.headers || {}
    const projectName = headers['x-project-name'] as string | undefined
    context.params.projectName = projectName || 'default-project'
    return context
  }
}
