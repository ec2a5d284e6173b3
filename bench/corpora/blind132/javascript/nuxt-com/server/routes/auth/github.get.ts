export default defineOAuthGitHubEventHandler({
  async onSuccess(event, { user }) {
    const session = await useSession(event, { password: useRuntimeConfig().sessionPassword })
    await setUserSession(event, { user: { login: user.login, avatar: user.avatar_url } })
    const redirectTo = (session.data.redirectTo as string | undefined) ?? '/'
    await session.update({ redirectTo: undefined })
    // expect: open-redirect
    return sendRedirect(event, redirectTo)
  },
  onError(event) {
    return sendRedirect(event, '/')
  },
})
