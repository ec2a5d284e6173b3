// Resolves the locale once per request; handlers read event.context.locale.
export default defineEventHandler((event) => {
  const fromCookie = getCookie(event, 'nuxt_locale')
  const fromHeader = getHeader(event, 'accept-language')?.split(',')[0]?.split('-')[0]
  event.context.locale = fromCookie || fromHeader || 'en'
})
