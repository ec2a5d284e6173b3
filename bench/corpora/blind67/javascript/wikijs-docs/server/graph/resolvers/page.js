const graphHelper = require('../../helpers/graph')
const pageHelper = require('../../helpers/page')
const ldapDirectory = require('../../modules/authentication/ldap/directory')

/* global WIKI */

module.exports = {
  Query: {
    async pages () { return {} }
  },
  Mutation: {
    async pages () { return {} }
  },
  PageQuery: {
    async search (obj, args, context) {
      const { locale, path } = pageHelper.parsePath(args.path || '')
      const results = await WIKI.models.pages.search(args.query, args.locale || locale, path)
      return { results, suggestions: [], totalHits: results.length }
    },
    async single (obj, args, context) {
      const page = await WIKI.models.pages.getPageFromDb(args.id)
      if (!page || !WIKI.auth.checkAccess(context.req.user, ['read:pages'], { path: page.path, locale: page.localeCode })) {
        throw new Error('ERR_PAGE_NOT_FOUND')
      }
      return page
    },
    async gitLog (obj, args, context) {
      if (!WIKI.auth.checkAccess(context.req.user, ['read:history'], { path: args.path })) {
        throw new Error('ERR_FORBIDDEN')
      }
      return WIKI.storage.git.fileLog(args.path)
    },
    async gitLogSafe (obj, args, context) {
      if (!WIKI.auth.checkAccess(context.req.user, ['read:history'], { path: args.path })) {
        throw new Error('ERR_FORBIDDEN')
      }
      return WIKI.storage.git.fileLogArgv(args.path)
    }
  },
  UserQuery: {
    async directoryLookup (obj, args, context) {
      if (!WIKI.auth.checkAccess(context.req.user, ['read:users'])) {
        throw new Error('ERR_FORBIDDEN')
      }
      const entries = args.email ? await ldapDirectory.findByEmail(args.email) : await ldapDirectory.findByUid(args.uid)
      return entries.map(e => ({ name: e.attributes.find(a => a.type === 'cn')?.values[0], email: args.email || null }))
    }
  },
  PageMutation: {
    async update (obj, args, context) {
      const page = await WIKI.models.pages.updatePage({
        ...args,
        user: context.req.user
      })
      return {
        responseResult: graphHelper.generateSuccess('Page has been updated.'),
        page
      }
    }
  }
}
