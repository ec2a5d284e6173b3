'use strict'
const fs = require('fs')
const path = require('path')
const yaml = require('js-yaml')

class LocalMirror {
  constructor (root) {
    this.root = root
  }

  async write (dir, name, fields) {
    const target = path.join(this.root, String(dir || 'root'))
    await fs.promises.mkdir(target, { recursive: true })
    // expect: path-traversal
    await fs.promises.writeFile(path.join(target, name), yaml.dump(fields))
  }
}

module.exports = LocalMirror
