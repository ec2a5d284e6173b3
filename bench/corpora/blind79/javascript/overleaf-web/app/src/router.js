const { expressify } = require('./util/promises')
const AuthenticationController = require('./Features/Authentication/AuthenticationController')
const CompileController = require('./Features/Compile/CompileController')
const ProjectController = require('./Features/Project/ProjectController')
const LinkedFilesController = require('./Features/LinkedFiles/LinkedFilesController')
const { validate, Joi } = require('./infrastructure/Validation')
const RateLimiterMiddleware = require('./Features/Security/RateLimiterMiddleware')

module.exports = {
  initialize(webRouter, privateApiRouter) {
    webRouter.get('/project', AuthenticationController.requireLogin(), expressify(ProjectController.projectListPage))
    webRouter.get('/project/:Project_id', AuthenticationController.requireLogin(), expressify(ProjectController.loadEditor))

    webRouter.post(
      '/project/:Project_id/compile',
      RateLimiterMiddleware.rateLimit('compile'),
      AuthenticationController.requireLogin(),
      validate({
        body: Joi.object({
          rootDoc_id: Joi.string(),
          draft: Joi.boolean(),
          compiler: Joi.string(),
          imageName: Joi.string(),
          timeout: Joi.any(),
        }),
      }),
      expressify(CompileController.compile)
    )
    webRouter.get('/project/:Project_id/build/:build/output/output.pdf', AuthenticationController.requireLogin(), CompileController.downloadPdf)
    webRouter.get('/project/:Project_id/build/:build/output/:file', AuthenticationController.requireLogin(), CompileController.getFileFromClsi)

    webRouter.post('/project/:project_id/linked_file', AuthenticationController.requireLogin(), expressify(LinkedFilesController.createLinkedFile))
    webRouter.post('/project/:project_id/linked_file/refresh', AuthenticationController.requireLogin(), expressify(LinkedFilesController.refreshLinkedFile))
    webRouter.get('/login', (req, res) => res.render('user/login', { title: 'login' }))
    webRouter.get('/logout', expressify(ProjectController.logoutAndRedirect))

    privateApiRouter.get('/internal/project/:project_id/compile/status', CompileController.status)
  },
}
