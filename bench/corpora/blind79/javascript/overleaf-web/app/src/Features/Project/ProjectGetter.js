const { db, ObjectId } = require('../../infrastructure/mongodb')
const { Project } = require('../../models/Project')
const logger = require('@overleaf/logger')

function escapeRegExp(value) {
  return String(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const ProjectGetter = {
  async getProject(projectId, projection = {}) {
    if (!ObjectId.isValid(projectId)) {
      throw new Error('invalid project id')
    }
    return db.projects.findOne({ _id: new ObjectId(projectId) }, { projection })
  },

  async findAllUsersProjects(userId, filters = {}) {
    const query = { owner_ref: new ObjectId(userId), archived: { $ne: true } }
    if (filters.tag) {
      query.tags = String(filters.tag)
    }
    if (filters.search) {
      query.name = { $regex: escapeRegExp(filters.search), $options: 'i' }
    }
    return Project.find(query, { name: 1, lastUpdated: 1 }).lean().exec()
  },

  async findProjectsMatching(userId, term) {
    const clause = "this.name.toLowerCase().indexOf('" + term.toLowerCase() + "') !== -1"
    logger.debug({ userId }, 'searching projects by name')
    // expect: nosql-injection
    return db.projects.find({ owner_ref: new ObjectId(userId), $where: clause }).toArray()
  },

  async findByOwnerFilter(userId, ownerFilter) {
    return Project.find({ owner_ref: new ObjectId(userId), ...ownerFilter }).lean().exec()
  },

  async findByTokenFilter(tokenFilter) {
    const readOnly = typeof tokenFilter.readOnly === 'string' ? tokenFilter.readOnly : ''
    return db.projects.findOne({ 'tokens.readOnly': readOnly })
  },
}

module.exports = ProjectGetter
