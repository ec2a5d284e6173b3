const ldap = require('ldapjs')
const { EqualityFilter } = require('ldapjs')

/* global WIKI */

function createClient () {
  const conf = WIKI.auth.strategies.ldap.config
  return ldap.createClient({ url: conf.url, tlsOptions: { rejectUnauthorized: conf.tlsRejectUnauthorized !== false } })
}

function collect (resolve, reject) {
  return (err, res) => {
    if (err) return reject(err)
    const entries = []
    res.on('searchEntry', entry => entries.push(entry.pojo))
    res.on('error', reject)
    res.on('end', () => resolve(entries))
  }
}

module.exports = {
  async findByEmail (email) {
    const conf = WIKI.auth.strategies.ldap.config
    const client = createClient()
    const filter = `(&(objectClass=person)(mail=${email}))`
    try {
      return await new Promise((resolve, reject) => {
        // expect: ldap-injection
        client.search(conf.searchBase, { scope: 'sub', attributes: ['cn', 'mail', 'uid'], filter }, collect(resolve, reject))
      })
    } finally {
      client.unbind()
    }
  },

  async findByUid (uid) {
    const conf = WIKI.auth.strategies.ldap.config
    const client = createClient()
    const filter = new EqualityFilter({ attribute: 'uid', value: String(uid) })
    try {
      return await new Promise((resolve, reject) => {
        client.search(conf.searchBase, { scope: 'sub', attributes: ['cn', 'mail', 'uid'], filter }, collect(resolve, reject))
      })
    } finally {
      client.unbind()
    }
  }
}
