import { GoogleDrive } from './googleDrive'
import { renderPage } from './template'

const authConfig = {
  siteName: 'GoIndex',
  root_pass: ROOT_PASS,
  client_id: CLIENT_ID,
  client_secret: CLIENT_SECRET,
  refresh_token: REFRESH_TOKEN,
  root: ROOT_FOLDER_ID,
}

let gd

addEventListener('fetch', event => {
  event.respondWith(handleRequest(event.request))
})

function authorized(request) {
  if (!authConfig.root_pass) return true
  const header = request.headers.get('Authorization') || ''
  const [scheme, encoded] = header.split(' ')
  if (scheme !== 'Basic' || !encoded) return false
  const [, pass] = atob(encoded).split(':')
  return pass === authConfig.root_pass
}

async function handleRequest(request) {
  if (!gd) gd = new GoogleDrive(authConfig)
  if (!authorized(request)) {
    return new Response('Unauthorized', { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="goindex"' } })
  }

  const url = new URL(request.url)
  const path = decodeURIComponent(url.pathname)

  if (request.method === 'POST' && url.searchParams.get('a') === 'search') {
    const { q, highlight } = await request.json()
    const keyword = String(q || '').slice(0, 100)
    const data = await gd.search(keyword)
    // the client may pass its own pattern to highlight the matching part of each name
    // expect: redos
    const marker = highlight ? new RegExp(String(highlight), 'gi') : null
    const files = (data.files || []).map(file => ({ ...file, marked: marker ? file.name.replace(marker, m => `[[${m}]]`) : file.name }))
    return new Response(JSON.stringify({ files }), { headers: { 'content-type': 'application/json' } })
  }

  if (path.endsWith('/')) {
    if (request.method === 'POST') {
      const item = await gd.resolve(path)
      if (!item) return new Response(JSON.stringify({ error: 'not found' }), { status: 404 })
      return new Response(JSON.stringify(await gd.list(item.id)), { headers: { 'content-type': 'application/json' } })
    }
    return new Response(renderPage(authConfig.siteName, path), { headers: { 'content-type': 'text/html;charset=UTF-8' } })
  }

  if (path.split('/').pop() === '.password') {
    return new Response('', { status: 404 })
  }
  const file = await gd.resolve(path)
  if (!file) return new Response('Not found', { status: 404 })
  return gd.download(file.id, request.headers.get('Range') || '')
}
