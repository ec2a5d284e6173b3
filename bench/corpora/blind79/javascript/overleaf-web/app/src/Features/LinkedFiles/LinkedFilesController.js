const logger = require('@overleaf/logger')
const SessionManager = require('../Authentication/SessionManager')
const UrlAgent = require('./UrlAgent')
const ProjectFileAgent = require('./ProjectFileAgent')

const Agents = {
  url: UrlAgent,
  project_file: ProjectFileAgent,
}

module.exports = {
  async createLinkedFile(req, res) {
    const { project_id: projectId } = req.params
    const { name, provider, parent_folder_id: parentFolderId } = req.body
    let { data } = req.body
    const userId = SessionManager.getLoggedInUserId(req.session)

    const Agent = Object.prototype.hasOwnProperty.call(Agents, provider) ? Agents[provider] : null
    if (!Agent) {
      return res.sendStatus(400)
    }
    data = { ...data, provider }
    try {
      const newFileId = await Agent.createLinkedFile(projectId, data, name, parentFolderId, userId)
      res.json({ new_file_id: newFileId })
    } catch (err) {
      logger.warn({ err, projectId, provider }, 'linked file failed')
      res.status(422).json({ error: err.message })
    }
  },

  async refreshLinkedFile(req, res) {
    const { project_id: projectId } = req.params
    const { name, data } = req.body
    try {
      const content = await UrlAgent.refreshLinkedFile(projectId, data || {}, name)
      res.json({ size: content.length })
    } catch (err) {
      logger.warn({ err, projectId }, 'linked file refresh failed')
      res.status(422).json({ error: err.message })
    }
  },
}
