'use strict'
const crypto = require('crypto')
const slugify = require('slug')
const GitHub = require('./GitHub')
const LocalMirror = require('./LocalMirror')
const fetchAvatar = require('./Avatar')

class Staticman {
  constructor (parameters) {
    this.parameters = parameters
    this.github = new GitHub({ username: parameters.username, repository: parameters.repository })
    this.mirror = new LocalMirror(process.env.STATICMAN_MIRROR_DIR || '/var/lib/staticman')
  }

  setIp (ip) { this.ip = ip }

  setUserAgent (userAgent) { this.userAgent = userAgent }

  async getSiteConfig () {
    this.siteConfig = await this.github.readFile('staticman.yml', this.parameters.branch)
    return this.siteConfig[this.parameters.property]
  }

  async processEntry (fields, options) {
    const { slug = 'comment', avatarUrl } = options
    fields.emailHash = crypto.createHash('md5').update(String(fields.email || '')).digest('hex')
    if (avatarUrl) {
      fields.avatar = await fetchAvatar(avatarUrl)
    } else {
      fields.avatar = `https://www.gravatar.com/avatar/${fields.emailHash}`
    }
    const name = `${slug}-${Date.now()}.yml`
    await this.mirror.write(options.parent, name, fields)
    await this.mirror.write(slugify(String(options.parent || 'root')), `${Date.now()}.yml`, fields)
    await this.github.writeFile(`_data/${this.parameters.property}/${slugify(slug)}.yml`, fields)
    return fields
  }
}

module.exports = Staticman
