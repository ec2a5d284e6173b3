import type { Middleware } from '@feathersjs/koa'
import escapeHtml from 'escape-html'
import type { Application } from './declarations'

export const embedRoute = (app: Application): Middleware => async (ctx, next) => {
  if (ctx.path === '/embed/room') {
    const room = (ctx.query.room as string) || 'lobby'
    const messages = await app.service('messages').findInRoom(room, 20)
    const items = messages.map((m: { text: string }) => `<li>${escapeHtml(m.text)}</li>`).join('')
    ctx.type = 'html'
    // expect: xss
    ctx.body = `<html><body><h2>#${room}</h2><ul>${items}</ul></body></html>`
    return
  }
  if (ctx.path === '/embed/back') {
    const to = String(ctx.query.to || '/')
    ctx.redirect(to.startsWith('/') && !to.startsWith('//') ? to : '/')
    return
  }
  await next()
}
