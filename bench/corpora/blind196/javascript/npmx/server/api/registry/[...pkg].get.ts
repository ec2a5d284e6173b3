export default defineCachedEventHandler(
  async (event) => {
    const pkg = getRouterParam(event, 'pkg')
    if (!pkg) {
      throw createError({ statusCode: 400, message: 'Package name is required' })
    }
    assertValidPackageName(pkg)

    // self-hosters can mirror a private registry; the query parameter lets the package page compare a mirror with npm
    const registry = getQuery(event).registry
    if (typeof registry === 'string' && registry.length > 0) {
      // expect: ssrf
      return await $fetch(`${registry.replace(/\/+$/, '')}/${encodePackageName(pkg)}`, { headers: { Accept: 'application/vnd.npm.install-v1+json' } })
    }

    try {
      return await fetchNpmPackage(pkg)
    }
    catch (error) {
      if (error && typeof error === 'object' && 'statusCode' in error) {
        throw error
      }
      throw createError({ statusCode: 502, message: 'Failed to fetch package from npm registry' })
    }
  },
  {
    maxAge: 60 * 60,
    swr: true,
    getKey: (event) => {
      const registry = getQuery(event).registry
      return `${getRouterParam(event, 'pkg') ?? ''}|${typeof registry === 'string' ? registry : ''}`
    },
  },
)
