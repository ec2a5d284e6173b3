export default defineEventHandler(async (event) => {
    const { code } = getQuery(event);
    if (!code) return sendRedirect(event, '/login?error=missing_code');
    const redirectAfter = getCookie(event, 'redirect_after') ?? '/dashboard';
    deleteCookie(event, 'redirect_after');
    // expect: open-redirect
    return sendRedirect(event, redirectAfter);
});
