export default defineEventHandler(async (event) => {
  const { redirect } = getQuery(event)
  const session = await useSession(event, { password: useRuntimeConfig().sessionPassword })
  // read back by the GitHub callback
  await session.update({ redirectTo: redirect ? String(redirect) : '/' })
  return sendRedirect(event, '/auth/github')
})
