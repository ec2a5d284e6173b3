import config from '../config/default'

/** Access token from KV, refreshed with the stored refresh token when it has expired. */
export async function getAccessToken() {
  const timestamp = () => Math.floor(Date.now() / 1000)

  const cached = await BUCKET.get('onedrive', 'json')
  if (cached && cached.access_token && timestamp() < cached.expire_at) {
    return cached.access_token
  }

  const refreshToken = (cached && cached.refresh_token) || config.refresh_token
  const body = new URLSearchParams({
    client_id: config.client_id,
    redirect_uri: config.redirect_uri,
    client_secret: config.client_secret,
    refresh_token: refreshToken,
    grant_type: 'refresh_token',
  })
  const response = await fetch(`${config.apiEndpoint.auth}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  })
  if (!response.ok) {
    throw new Error(`token refresh failed: ${response.status}`)
  }
  const data = await response.json()
  await BUCKET.put(
    'onedrive',
    JSON.stringify({
      access_token: data.access_token,
      refresh_token: data.refresh_token,
      expire_at: timestamp() + data.expires_in - 60,
    })
  )
  return data.access_token
}

/** Graph path of an item below the indexed base, with every segment encoded. */
export function wrapPathName(pathname, isRequestFolder) {
  const segments = `${config.base}${pathname}`.split('/').filter(Boolean).map(encodeURIComponent)
  const joined = segments.length ? `:/${segments.join('/')}` : ''
  return isRequestFolder && joined ? `${joined}:` : joined
}
