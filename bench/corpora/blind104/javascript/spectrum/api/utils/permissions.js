import UserError from './UserError';

export const requireAuth = (resolver) => (obj, args, ctx, info) => {
  if (!ctx.user || !ctx.user.id) {
    return new UserError('You must be signed in to do this');
  }
  return resolver(obj, args, ctx, info);
};

export const isSpectrumUrl = (url) => {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'https:' && (hostname === 'spectrum.chat' || hostname.endsWith('.spectrum.chat'));
  } catch (err) {
    return false;
  }
};
