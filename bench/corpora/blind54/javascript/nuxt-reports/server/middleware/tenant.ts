export default defineEventHandler((event) => {
  const host = getRequestHeader(event, 'host') ?? ''
  const fromHost = host.split('.')[0]
  const override = getQuery(event).tenant as string | undefined
  event.context.tenant = override || fromHost || 'default'
  event.context.requestId = getRequestHeader(event, 'x-request-id') ?? crypto.randomUUID()
})
