const axios = require('axios')

const DATA_HOSTS = (process.env.REPORT_DATA_HOSTS || 'api.internal.example.com').split(',')

async function fetchRemoteData (url) {
  // expect: ssrf
  const { data } = await axios.get(url, { timeout: 10000 })
  return data
}

async function fetchAllowedData (url) {
  const parsed = new URL(url)
  if (parsed.protocol !== 'https:' || !DATA_HOSTS.includes(parsed.hostname)) {
    throw new Error(`host ${parsed.hostname} not allowed`)
  }
  const { data } = await axios.get(parsed.toString(), { timeout: 10000 })
  return data
}

module.exports = { fetchRemoteData, fetchAllowedData }
