// Google Drive API access for the index: paths are resolved folder by folder from the root id.
export class GoogleDrive {
  constructor(authConfig) {
    this.authConfig = authConfig
    this.pathsCache = { '/': authConfig.root }
    this.accessToken = null
    this.expires = 0
  }

  async token() {
    if (this.accessToken && Date.now() < this.expires) return this.accessToken
    const response = await fetch('https://www.googleapis.com/oauth2/v4/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: this.authConfig.client_id,
        client_secret: this.authConfig.client_secret,
        refresh_token: this.authConfig.refresh_token,
        grant_type: 'refresh_token',
      }),
    })
    const data = await response.json()
    this.accessToken = data.access_token
    this.expires = Date.now() + (data.expires_in - 60) * 1000
    return this.accessToken
  }

  async request(url) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${await this.token()}` } })
    return response.json()
  }

  static quote(text) {
    return String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")
  }

  async findChild(parentId, name) {
    const q = `'${parentId}' in parents and name = '${GoogleDrive.quote(name)}' and trashed = false`
    const params = new URLSearchParams({ q, fields: 'files(id,name,mimeType,size,modifiedTime)' })
    const data = await this.request(`https://www.googleapis.com/drive/v3/files?${params}`)
    return data.files && data.files[0]
  }

  async resolve(path) {
    if (this.pathsCache[path]) return { id: this.pathsCache[path] }
    const parts = path.split('/').filter(Boolean)
    let id = this.authConfig.root
    let item = null
    for (const part of parts) {
      item = await this.findChild(id, part)
      if (!item) return null
      id = item.id
    }
    this.pathsCache[path] = id
    return item || { id }
  }

  async list(folderId) {
    const params = new URLSearchParams({
      q: `'${folderId}' in parents and trashed = false`,
      orderBy: 'folder,name',
      fields: 'files(id,name,mimeType,size,modifiedTime)',
      pageSize: '1000',
    })
    return this.request(`https://www.googleapis.com/drive/v3/files?${params}`)
  }

  async search(keyword) {
    const params = new URLSearchParams({
      q: `fullText contains '${GoogleDrive.quote(keyword)}' and trashed = false`,
      fields: 'files(id,name,mimeType,size,modifiedTime)',
      pageSize: '100',
    })
    return this.request(`https://www.googleapis.com/drive/v3/files?${params}`)
  }

  async download(id, range = '') {
    return fetch(`https://www.googleapis.com/drive/v3/files/${encodeURIComponent(id)}?alt=media`, {
      headers: { Authorization: `Bearer ${await this.token()}`, Range: range },
    })
  }
}
