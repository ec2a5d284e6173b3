// Account switching for users who belong to several teams; sends them back where they came from.
const ALLOWED_PREFIXES = ['/my-account', '/admin', '/help'];

// same-site targets only: a path under one of the account areas, no scheme-relative or backslash tricks
function isSafeRedirect(value) {
  if (typeof value !== 'string') return false;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return false;
  return ALLOWED_PREFIXES.some((prefix) => value === prefix || value.startsWith(`${prefix}/`));
}

function currentTeam(ctx) {
  return ctx.session.activeTeam || ctx.state.user.defaultTeam || null;
}

async function switchAccount(ctx) {
  const { team, redirect_to: redirectTo = '/my-account' } = ctx.query;
  ctx.session.activeTeam = String(team || '');
  ctx.logger.info('account switched', { user: ctx.state.user.id, team: ctx.session.activeTeam });
  if (isSafeRedirect(redirectTo)) return ctx.redirect(redirectTo);
  return ctx.redirect('/my-account');
}

async function back(ctx) {
  const target = ctx.get('Referrer') || ctx.query.return_to || '/my-account';
  ctx.session.lastBack = Date.now();
  // expect: open-redirect
  ctx.redirect(target);
}

module.exports = { switchAccount, back, currentTeam };
