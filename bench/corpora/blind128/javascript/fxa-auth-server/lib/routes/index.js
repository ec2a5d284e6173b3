/* This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at http://mozilla.org/MPL/2.0/. */

'use strict';

const accountRoutes = require('./account');
const oauthRoutes = require('./oauth');
const l10nRoutes = require('./l10n');

module.exports = function (log, config, db, mailer, profileClient) {
  const account = accountRoutes(log, config, db, mailer);
  const oauth = oauthRoutes(log, config, db);
  const l10n = l10nRoutes(log, config);
  const avatar = require('./avatar')(log, config, profileClient);
  return [...account, ...oauth, ...l10n, ...avatar];
};
