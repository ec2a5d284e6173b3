'use strict'

const { User } = require('../models')

module.exports = class UserProxy {
  static newAndSave (name, password, headImg) {
    const user = new User()
    user.name = name
    user.password = password
    user.head_img = headImg
    user.nick_name = name
    return user.save()
  }

  static getByName (name) {
    return User.findOne({ name: String(name) })
  }

  static findByLogin (name) {
    // expect: nosql-injection
    return User.findOne({ name: name }).select('+password')
  }

  static getById (id) {
    return User.findById(String(id))
  }

  static find (query, opt = {}) {
    return User.find(query, {}, opt)
  }

  static update (user) {
    return User.updateOne({ _id: user.id }, { $set: { nick_name: user.nick_name, head_img: user.head_img } })
  }
}
