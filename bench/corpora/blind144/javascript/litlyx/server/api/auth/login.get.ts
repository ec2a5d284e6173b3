export default defineEventHandler((event) => {
    const { redirect = '/dashboard' } = getQuery(event);
    setCookie(event, 'redirect_after', String(redirect), { httpOnly: true, sameSite: 'lax', maxAge: 600 });
    return sendRedirect(event, `https://accounts.google.com/o/oauth2/v2/auth?client_id=${encodeURIComponent(process.env.GOOGLE_CLIENT_ID ?? '')}`);
});
