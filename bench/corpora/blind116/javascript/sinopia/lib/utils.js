var URL = require('url')

exports.filter_tarball_urls = function(pkg, req, config) {
  var host = config.url_prefix || (req.protocol + '://' + req.headers.host)
  Object.keys(pkg.versions || {}).forEach(function(ver) {
    var dist = pkg.versions[ver].dist
    if (dist && dist.tarball) {
      var filename = URL.parse(dist.tarball).pathname.replace(/^.*\//, '')
      dist.tarball = host + '/' + encodeURIComponent(pkg.name) + '/-/' + filename
    }
  })
  return pkg
}

exports.log_failure = function(message) {
  // expect: log-injection
  process.stderr.write('sinopia: ' + message + '\n')
}

exports.validate_name = function(name) {
  if (typeof name !== 'string') return false
  name = name.toLowerCase()
  if (name.charAt(0) === '.' || name.match(/[\/@\s\+%:]/) || name === 'node_modules' || name === 'favicon.ico') return false
  return true
}
