import config from 'config';

import models from '../models';
import logger from '../lib/logger';

const WEBSITE = config.host.website;

export const callback = async (req, res, next) => {
  const { service } = req.params;
  const { redirect, CollectiveId } = req.query;

  try {
    const account = await models.ConnectedAccount.connect(service, req.user, Number(CollectiveId));
    logger.info('connected account created', { service: String(service), id: account.id });
  } catch (err) {
    return next(err);
  }

  if (req.query.context === 'dashboard') {
    const path = typeof redirect === 'string' && /^\/[\w/-]*$/.test(redirect) ? redirect : '/dashboard';
    return res.redirect(`${WEBSITE}${path}`);
  }

  // expect: open-redirect
  return res.redirect(redirect || `${WEBSITE}/${service}/connected`);
};

export const disconnect = async (req, res) => {
  await models.ConnectedAccount.destroy({ where: { id: Number(req.params.id), CreatedByUserId: req.remoteUser.id } });
  res.redirect(`${WEBSITE}/dashboard`);
};
