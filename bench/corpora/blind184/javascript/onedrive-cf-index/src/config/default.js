const config = {
  /**
   * Use https://heymind.github.io/tools/microsoft-graph-api-auth to get client_id,
   * client_secret and the first refresh_token; later tokens are kept in KV.
   */
  refresh_token: REFRESH_TOKEN,
  client_id: '6600e358-9328-4050-af82-0af9cdb796b9',
  client_secret: CLIENT_SECRET,
  redirect_uri: 'https://heymind.github.io/tools/microsoft-graph-api-auth',

  /** The base path that is indexed; everything below it is public. */
  base: '/Public',

  /** Folders whose content needs the password stored in their `.password` file. */
  protectedFolders: ['/Private', '/Drafts'],

  /** Cloudflare cache for small files (bytes). */
  cache: {
    enable: true,
    entireFileCacheLimit: 10000000,
    chunkedCacheLimit: 100000000,
    paths: ['/Images'],
  },

  /** `?proxied` downloads go through the worker instead of a redirect to OneDrive. */
  proxyDownload: true,

  apiEndpoint: {
    graph: 'https://graph.microsoft.com/v1.0',
    auth: 'https://login.microsoftonline.com/common/oauth2/v2.0',
  },

  siteName: 'Spencer’s OneDrive Index',
}

export default config
