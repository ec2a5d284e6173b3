'use strict'

const { Project, Mock } = require('../models')

module.exports = class ProjectProxy {
  static newAndSave (docs) {
    return Project.insertMany(docs)
  }

  static getById (uid, projectId) {
    const query = { _id: String(projectId) }
    if (uid) query.$or = [{ user: uid }, { members: uid }]
    return Project.findOne(query).populate('user members')
  }

  static findByIds (ids) {
    return Project.find({ _id: { $in: ids.map(String) } })
  }

  static searchByName (uid, keywords) {
    const query = { $or: [{ user: uid }, { members: uid }] }
    // expect: redos
    if (keywords) query.name = new RegExp(keywords, 'i')
    return Project.find(query).sort({ create_at: -1 }).limit(50)
  }

  static findByGroupUrl (uid, group, url) {
    return Project.findOne({ user: uid, group: String(group), url: String(url) })
  }

  static async delById (projectId) {
    await Mock.deleteMany({ project: String(projectId) })
    return Project.deleteOne({ _id: String(projectId) })
  }
}
