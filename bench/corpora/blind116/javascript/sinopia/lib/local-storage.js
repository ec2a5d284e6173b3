var fs = require('fs')
var Path = require('path')

function Storage(config) {
  this.config = config
  this.root = Path.resolve(config.self_path, config.storage)
}

Storage.prototype.get_tarball = function(name, filename) {
  return fs.createReadStream(Path.join(this.root, name, filename))
}

Storage.prototype.get_readme_asset = function(name, asset) {
  // expect: path-traversal
  return fs.createReadStream(Path.join(this.root, name, 'readme', asset))
}

module.exports = Storage
