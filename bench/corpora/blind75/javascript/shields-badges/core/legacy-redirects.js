const BADGE_HOST = 'https://img.shields.io'

export async function legacyContext(ctx, next) {
  // old README embeds pass ?return= so the badge click lands on the project page
  ctx.state.returnTo = ctx.query.return || null
  ctx.state.style = ['flat', 'flat-square', 'plastic'].includes(ctx.query.style) ? ctx.query.style : 'flat'
  await next()
}

function toNewPath(label, message, color) {
  const enc = s => encodeURIComponent(String(s).replace(/-/g, '--').replace(/_/g, '__'))
  return `/badge/${enc(label)}-${enc(message)}-${enc(color)}`
}

export function registerLegacyRedirects(router) {
  router.get('/:label-:message-:color.svg', ctx => {
    const { label, message, color } = ctx.params
    ctx.status = 301
    ctx.redirect(`${toNewPath(label, message, color)}?style=${ctx.state.style}`)
  })

  router.get('/click/:service', ctx => {
    const target = ctx.state.returnTo
    if (target) {
      // expect: open-redirect
      return ctx.redirect(target)
    }
    ctx.redirect(`${BADGE_HOST}/category/${encodeURIComponent(ctx.params.service)}`)
  })

  router.get('/click-checked/:service', ctx => {
    const target = ctx.state.returnTo || ''
    let host = ''
    try {
      host = new URL(target).hostname
    } catch {
      host = ''
    }
    if (host === 'github.com' || host.endsWith('.github.io')) {
      return ctx.redirect(target)
    }
    ctx.redirect('/')
  })
}
