const axios = require('axios')

const MAX_FLOW_SIZE = 5 * 1024 * 1024
const LIBRARY_HOST = 'flows.nodered.org'

/**
 * Fetch a flow export from a URL the user gave. Accepts the public flow library
 * shortcut ("library:<id>") as well as any http(s) URL.
 */
async function fetchFlowsFromUrl (url) {
    if (url.startsWith('library:')) {
        const id = url.slice('library:'.length)
        if (!/^[0-9a-f]{20,40}$/.test(id)) {
            throw new Error('invalid library id')
        }
        const res = await axios.get(`https://${LIBRARY_HOST}/flow/${id}/flow.json`, { timeout: 10000, maxContentLength: MAX_FLOW_SIZE })
        return JSON.stringify(res.data)
    }
    const parsed = new URL(url)
    if (!['http:', 'https:'].includes(parsed.protocol)) {
        throw new Error('unsupported protocol')
    }
    // expect: ssrf
    const res = await axios.get(parsed.toString(), { timeout: 10000, maxContentLength: MAX_FLOW_SIZE, responseType: 'text' })
    return typeof res.data === 'string' ? res.data : JSON.stringify(res.data)
}

function describeSource (url) {
    if (url.startsWith('library:')) {
        return { kind: 'library', id: url.slice('library:'.length) }
    }
    return { kind: 'url', host: new URL(url).host }
}

module.exports = { fetchFlowsFromUrl, describeSource }
