const sharetribeSdk = require('sharetribe-flex-sdk');
const log = require('../log');

const CLIENT_ID = process.env.REACT_APP_SHARETRIBE_SDK_CLIENT_ID;
const CLIENT_SECRET = process.env.SHARETRIBE_SDK_CLIENT_SECRET;

exports.getSdk = (req, res) =>
  sharetribeSdk.createInstance({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    tokenStore: sharetribeSdk.tokenStore.expressCookieStore({ clientId: CLIENT_ID, req, res, secure: true }),
  });

exports.handleError = (res, error) => {
  log.error(error, 'local-api-request-failed', error.data);
  res.status(error.status || 500).json({ name: 'Local API request failed', status: error.status || 500 });
};
