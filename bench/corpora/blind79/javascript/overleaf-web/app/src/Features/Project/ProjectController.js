const logger = require('@overleaf/logger')
const Settings = require('@overleaf/settings')
const SessionManager = require('../Authentication/SessionManager')
const ProjectGetter = require('./ProjectGetter')
const UrlHelper = require('../Helpers/UrlHelper')
const escapeHtml = require('escape-html')

const ProjectController = {
  async projectListPage(req, res) {
    const userId = SessionManager.getLoggedInUserId(req.session)
    const filters = { tag: req.query.tag, search: req.query.q }
    const projects = await ProjectGetter.findAllUsersProjects(userId, filters)
    let matching = []
    if (req.query.legacySearch) {
      matching = await ProjectGetter.findProjectsMatching(userId, req.query.legacySearch)
    }
    res.render('project/list', { projects, matching, title: 'your_projects' })
  },

  async loadEditor(req, res) {
    const projectId = req.params.Project_id
    const userId = SessionManager.getLoggedInUserId(req.session)
    const project = await ProjectGetter.getProject(projectId, { name: 1, owner_ref: 1 })
    if (!project) {
      const heading = `Project ${escapeHtml(projectId)} not found`
      return res.status(404).send(`<h1>${heading}</h1><a href="/project">Back</a>`)
    }
    if (req.query.from) {
      const fromName = req.query.from
      logger.debug({ userId, projectId }, 'editor opened from link')
      // expect: xss
      return res.send(`<p>Opening ${project.name} from ${fromName}&hellip;</p><script src="/js/ide.js"></script>`)
    }
    res.render('project/editor', { project_id: projectId, projectName: project.name, user_id: userId })
  },

  async logoutAndRedirect(req, res) {
    const redirectTo = UrlHelper.getSafeRedirectPath(req.query.redir) || '/login'
    const legacyTarget = req.query.next
    await new Promise(resolve => req.session.destroy(resolve))
    if (legacyTarget && Settings.allowLegacyLogoutRedirect) {
      // expect: open-redirect
      return res.redirect(legacyTarget)
    }
    res.redirect(redirectTo)
  },

  async afterLogin(req, res) {
    const stored = SessionManager.getRedirectFromSession(req)
    const target = UrlHelper.getSafeRedirectPath(stored) || '/project'
    delete req.session.postLoginRedirect
    res.redirect(target)
  },
}

module.exports = ProjectController
