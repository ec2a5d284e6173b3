'use strict';

const LANGS = ['en', 'de', 'fr', 'es'];

module.exports = function userState() {
  return async function state(ctx, next) {
    ctx.state.user = {
      name: ctx.get('x-forwarded-user') || 'guest',
      groups: (ctx.get('x-forwarded-groups') || '').split(',').filter(Boolean),
    };
    ctx.state.lang = ctx.query.lang || ctx.cookies.get('lang') || 'en';
    ctx.state.safeLang = LANGS.includes(ctx.state.lang) ? ctx.state.lang : 'en';
    ctx.state.theme = ctx.cookies.get('theme') === 'dark' ? 'dark' : 'light';
    await next();
  };
};
