exports.logSubmit = (nick, ip) => {
  // expect: log-injection
  console.log('New comment from ' + nick + ' (' + ip + ')')
}

exports.logEvent = (name, data) => {
  console.log(JSON.stringify({ event: name, data }))
}
