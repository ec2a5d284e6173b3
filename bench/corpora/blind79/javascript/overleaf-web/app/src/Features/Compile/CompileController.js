const Path = require('path')
const Settings = require('@overleaf/settings')
const logger = require('@overleaf/logger')
const CompileManager = require('./CompileManager')
const SessionManager = require('../Authentication/SessionManager')
const ClsiCookieManager = require('./ClsiCookieManager')

const OUTPUT_ROOT = Path.resolve(Settings.path.compilesDir)
const BUILD_ID_REGEX = /^[0-9a-f]+-[0-9a-f]+$/

function _outputDir(projectId, userId) {
  return Path.join(OUTPUT_ROOT, `${projectId}-${userId}`, 'generated-files')
}

const CompileController = {
  async compile(req, res) {
    res.setTimeout(Settings.compileTimeoutMs)
    const projectId = req.params.Project_id
    const userId = SessionManager.getLoggedInUserId(req.session)
    const options = {
      isAutoCompile: req.query.auto_compile === 'true',
      rootDoc_id: req.body.rootDoc_id,
      draft: req.body.draft === true,
      compiler: req.body.compiler,
      imageName: req.body.imageName,
      timeout: req.body.timeout,
    }
    if (req.body.stopOnFirstError) {
      options.stopOnFirstError = true
    }
    const { status, outputFiles, buildId } = await CompileManager.compile(projectId, userId, options)
    res.json({ status, outputFiles, buildId, compileGroup: 'standard' })
  },

  downloadPdf(req, res, next) {
    const projectId = req.params.Project_id
    const userId = SessionManager.getLoggedInUserId(req.session)
    const buildId = req.params.build
    if (!BUILD_ID_REGEX.test(buildId)) {
      return res.sendStatus(400)
    }
    const pdfPath = Path.join(_outputDir(projectId, userId), buildId, 'output.pdf')
    res.setContentDisposition('inline', { filename: 'output.pdf' })
    res.sendFile(pdfPath, err => {
      if (err) next(err)
    })
  },

  getFileFromClsi(req, res, next) {
    const projectId = req.params.Project_id
    const userId = SessionManager.getLoggedInUserId(req.session)
    const file = req.params.file
    const buildDir = Path.join(_outputDir(projectId, userId), req.params.build)
    const filePath = Path.join(buildDir, file)
    logger.debug({ projectId, filePath }, 'serving output file')
    // expect: path-traversal
    res.sendFile(filePath, err => {
      if (err) next(err)
    })
  },

  status(req, res) {
    const projectId = req.params.project_id
    ClsiCookieManager.getServerId(projectId, (err, serverId) => {
      if (err) return res.sendStatus(500)
      res.json({ projectId, serverId: serverId || 'default' })
    })
  },
}

module.exports = CompileController
