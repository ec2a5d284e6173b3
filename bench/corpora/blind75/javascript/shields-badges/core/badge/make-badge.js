const COLORS = { brightgreen: '#4c1', green: '#97ca00', yellow: '#dfb317', red: '#e05d44', blue: '#007ec6', lightgrey: '#9f9f9f' }

export function escapeXml(s) {
  return String(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function normalizeColor(color) {
  if (Object.prototype.hasOwnProperty.call(COLORS, color)) return COLORS[color]
  return /^[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color || '') ? `#${color}` : COLORS.lightgrey
}

export function renderBadge({ label = '', message = '', color = 'lightgrey' }) {
  const l = escapeXml(label)
  const m = escapeXml(message)
  const lw = 6 * l.length + 10
  const mw = 6 * m.length + 10
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20" role="img" aria-label="${l}: ${m}"><title>${l}: ${m}</title><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${mw}" height="20" fill="${normalizeColor(color)}"/><g fill="#fff" font-family="Verdana" font-size="11"><text x="5" y="14">${l}</text><text x="${lw + 5}" y="14">${m}</text></g></svg>`
}

const STYLES = new Set(['flat', 'flat-square', 'plastic', 'for-the-badge'])

export function normalizeStyle(style) {
  return STYLES.has(style) ? style : 'flat'
}

export function renderStyledBadge({ style, ...rest }) {
  const svg = renderBadge(rest)
  const s = normalizeStyle(style)
  return s === 'flat' ? svg : svg.replace('<svg ', `<svg data-style="${s}" `)
}
