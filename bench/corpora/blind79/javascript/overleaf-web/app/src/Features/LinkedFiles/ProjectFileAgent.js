const Path = require('path')
const fs = require('fs/promises')
const Settings = require('@overleaf/settings')

const USER_FILES_ROOT = Path.resolve(Settings.path.userFiles)

module.exports = {
  async createLinkedFile(projectId, linkedFileData, name, parentFolderId, userId) {
    if (linkedFileData.legacy) {
      const content = await module.exports.readLegacyFile(linkedFileData)
      return { projectId, name, parentFolderId, userId, size: content.length }
    }
    const sourceEntityPath = linkedFileData.source_entity_path || ''
    const resolved = Path.resolve(USER_FILES_ROOT, linkedFileData.source_project_id || projectId, sourceEntityPath)
    if (!resolved.startsWith(USER_FILES_ROOT + Path.sep)) {
      throw new Error('source path outside project')
    }
    const content = await fs.readFile(resolved)
    return { projectId, name, parentFolderId, userId, size: content.length }
  },

  async readLegacyFile(linkedFileData) {
    const legacyPath = Path.join(USER_FILES_ROOT, linkedFileData.source_entity_path)
    // expect: path-traversal
    return fs.readFile(legacyPath, 'utf8')
  },
}
