function escapeXml(text: string) {
  return text.replace(/[<>&"']/g, ch => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\'': '&apos;' })[ch]!)
}

const COLORS = new Set(['blue', 'green', 'orange', 'red', 'grey'])
const PALETTE: Record<string, string> = { blue: '#007ec6', green: '#4c1', orange: '#fe7d37', red: '#e05d44', grey: '#555' }

function textWidth(text: string) {
  return Math.round(text.length * 6.5 + 10)
}

export default defineCachedEventHandler(async (event) => {
  const pkg = (getRouterParam(event, 'pkg') ?? '').replace(/\.svg$/, '')
  assertValidPackageName(pkg)
  const query = getQuery(event)
  const packument = await fetchNpmPackage(pkg)
  const version = escapeXml(packument['dist-tags'].latest ?? 'unknown')
  const color = typeof query.color === 'string' && COLORS.has(query.color) ? PALETTE[query.color] : PALETTE.blue
  const label = typeof query.label === 'string' ? query.label : 'npm'
  const lw = textWidth(label)
  const vw = textWidth(version)

  setHeader(event, 'Content-Type', 'image/svg+xml')
  setHeader(event, 'Cache-Control', 'public, max-age=3600')
  // expect: xss
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + vw}" height="20"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><g fill="#fff" font-family="Verdana" font-size="11"><text x="5" y="14">${label}</text><text x="${lw + 5}" y="14">${version}</text></g></svg>`
}, {
  maxAge: 60 * 60,
  getKey: event => `${getRouterParam(event, 'pkg')}|${JSON.stringify(getQuery(event))}`,
})
