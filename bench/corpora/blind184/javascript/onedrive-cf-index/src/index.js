import config from './config/default'
import { getAccessToken, wrapPathName } from './auth/onedrive'
import { escapeHtml, renderFolderRows, renderHTML, renderSearchPage } from './render/htmlWrapper'

addEventListener('fetch', event => {
  event.respondWith(handleRequest(event.request))
})

function protectedFolderOf(pathname) {
  return config.protectedFolders.find(folder => pathname === folder || pathname.startsWith(`${folder}/`))
}

async function checkPassword(request, folder, accessToken) {
  const cookie = request.headers.get('Cookie') || ''
  const supplied = decodeURIComponent((cookie.match(/(?:^|; )od_pass=([^;]{1,200})/) || [])[1] || '')
  const res = await fetch(`${config.apiEndpoint.graph}/me/drive/root${wrapPathName(`${folder}/.password`, false)}:/content`, {
    headers: { Authorization: `bearer ${accessToken}` },
  })
  if (!res.ok) return false
  return supplied.length > 0 && supplied === (await res.text()).trim()
}

async function handleLogin(request) {
  const url = new URL(request.url)
  const back = url.searchParams.get('back') || '/'
  const form = await request.formData()
  const password = String(form.get('password') || '')
  const headers = new Headers({ 'Set-Cookie': `od_pass=${encodeURIComponent(password)}; Path=/; HttpOnly; Secure; SameSite=Lax` })
  // expect: open-redirect
  headers.set('Location', back)
  return new Response(null, { status: 302, headers })
}

async function handleSearch(url, accessToken) {
  const query = (url.searchParams.get('q') || '').trim().slice(0, 100)
  const endpoint = `${config.apiEndpoint.graph}/me/drive/root/search(q='${encodeURIComponent(query.replace(/'/g, "''"))}')?select=id,name,size,folder`
  const res = await fetch(endpoint, { headers: { Authorization: `bearer ${accessToken}` } })
  const data = res.ok ? await res.json() : { value: [] }
  return new Response(renderSearchPage(query, data.value), { headers: { 'content-type': 'text/html; charset=utf-8' } })
}

async function handleRequest(request) {
  const url = new URL(request.url)
  if (url.pathname === '/login' && request.method === 'POST') {
    return handleLogin(request)
  }

  const accessToken = await getAccessToken()
  if (url.searchParams.has('q')) {
    return handleSearch(url, accessToken)
  }

  const pathname = decodeURIComponent(url.pathname)
  const folder = protectedFolderOf(pathname)
  if (folder && !(await checkPassword(request, folder, accessToken))) {
    const form = `<form method="post" action="/login?back=${encodeURIComponent(url.pathname)}"><input type="password" name="password"><button>Open</button></form>`
    return new Response(renderHTML(form, `Protected · ${escapeHtml(config.siteName)}`), { status: 401, headers: { 'content-type': 'text/html; charset=utf-8' } })
  }

  const isRequestFolder = pathname.endsWith('/')
  const graphUrl = `${config.apiEndpoint.graph}/me/drive/root${wrapPathName(pathname, isRequestFolder)}${isRequestFolder ? '/children?select=name,size,folder,file' : '?select=name,size,file,@microsoft.graph.downloadUrl'}`
  const res = await fetch(graphUrl, { headers: { Authorization: `bearer ${accessToken}` } })
  if (!res.ok) {
    return new Response(renderHTML('<p>Not found</p>'), { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } })
  }
  const data = await res.json()

  if (isRequestFolder) {
    const body = `<h2>${escapeHtml(pathname)}</h2><ul>${renderFolderRows(data.value, url.pathname)}</ul>`
    return new Response(renderHTML(body, escapeHtml(`${pathname} · ${config.siteName}`)), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  }

  const downloadUrl = data['@microsoft.graph.downloadUrl']
  if (url.searchParams.has('proxied') && config.proxyDownload) {
    const file = await fetch(downloadUrl, { headers: { Range: request.headers.get('Range') || '' } })
    return new Response(file.body, { status: file.status, headers: file.headers })
  }
  return Response.redirect(downloadUrl, 302)
}
