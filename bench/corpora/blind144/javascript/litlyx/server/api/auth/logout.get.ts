export default defineEventHandler((event) => {
    deleteCookie(event, 'session');
    const { to } = getQuery(event);
    const target = typeof to === 'string' && /^\/[a-z0-9/_-]*$/i.test(to) ? to : '/';
    return sendRedirect(event, target);
});
