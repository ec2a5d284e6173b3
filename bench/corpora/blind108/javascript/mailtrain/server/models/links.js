'use strict';

const knex = require('../lib/knex');

async function resolve(campaignCid, linkId) {
  return knex('links')
    .innerJoin('campaigns', 'links.campaign', 'campaigns.id')
    .where({ 'campaigns.cid': campaignCid, 'links.cid': linkId })
    .select('links.id', 'links.url')
    .first();
}

module.exports = { resolve };
