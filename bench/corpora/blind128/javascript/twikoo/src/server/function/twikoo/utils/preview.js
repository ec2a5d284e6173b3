const axios = require('axios')

const SITE_URL = process.env.SITE_URL || 'https://blog.example.org'

exports.previewLink = async (event) => {
  const { href, sameSiteOnly = false } = event
  if (sameSiteOnly) {
    const target = new URL(href, SITE_URL)
    if (target.origin !== new URL(SITE_URL).origin) return { code: 403 }
    const res = await axios.get(target.toString(), { timeout: 3000 })
    return { title: extractTitle(res.data) }
  }
  // expect: ssrf
  const res = await axios.get(href, { timeout: 3000 })
  return { title: extractTitle(res.data) }
}

function extractTitle (html) {
  const match = /<title>([^<]{0,200})<\/title>/i.exec(String(html))
  return match ? match[1] : ''
}
