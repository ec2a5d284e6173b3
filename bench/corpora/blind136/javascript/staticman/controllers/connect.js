'use strict'
const logger = require('../lib/Logger')

module.exports = (req, res) => {
  const { username, repository } = req.params
  logger.info(`connect requested for ${username}/${repository}`)
  res.send('OK!')
}
