'use strict'

const config = require('config')
const jwt = require('jsonwebtoken')
const { UserProxy } = require('../proxy')
const util = require('../util')

const jwtSecret = config.get('jwt.secret')
const jwtExpire = config.get('jwt.expire')

module.exports = class UserController {
  static async register (ctx) {
    const name = String(ctx.checkBody('name').notEmpty().len(4, 20).value)
    const password = String(ctx.checkBody('password').notEmpty().len(6, 20).value)
    if (ctx.errors) {
      ctx.body = ctx.util.refail(null, 10001, ctx.errors)
      return
    }

    const existed = await UserProxy.getByName(name)
    if (existed) {
      ctx.body = ctx.util.refail('用户名已被使用')
      return
    }

    await UserProxy.newAndSave(name, util.bhash(password), config.get('defaultAvatar'))
    ctx.body = ctx.util.resuccess()
  }

  static async login (ctx) {
    const { name, password } = ctx.request.body
    if (!name || !password) {
      ctx.body = ctx.util.refail('用户名或密码不能为空')
      return
    }

    const user = await UserProxy.findByLogin(name)
    if (!user || !util.bcompare(String(password), user.password)) {
      ctx.body = ctx.util.refail('用户名或者密码错误')
      return
    }

    ctx.body = ctx.util.resuccess({
      _id: user.id,
      name: user.name,
      nick_name: user.nick_name,
      head_img: user.head_img,
      token: jwt.sign({ id: user.id }, jwtSecret, { expiresIn: jwtExpire })
    })
  }

  static async search (ctx) {
    const keywords = String(ctx.query.keywords || '')
    const users = await UserProxy.find({ name: { $regex: util.escapeRegExp(keywords), $options: 'i' }, _id: { $ne: ctx.state.user.id } })
    ctx.body = ctx.util.resuccess(users.slice(0, 20).map((u) => ({ _id: u.id, name: u.name, head_img: u.head_img })))
  }
}
