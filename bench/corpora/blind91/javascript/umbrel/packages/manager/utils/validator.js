const { ValidationError } = require('models/errors.js');

const APP_ID = /^[a-z0-9-]{1,64}$/;

function isString(object) {
  if (typeof object !== 'string') {
    throw new ValidationError('Object must be of type string.');
  }
}

function isAppId(object) {
  isString(object);
  if (!APP_ID.test(object)) {
    throw new ValidationError('Invalid app id.');
  }
}

function isUrl(object) {
  isString(object);
  const url = new URL(object);
  if (!['https:', 'http:'].includes(url.protocol)) {
    throw new ValidationError('Must be an http(s) URL.');
  }
}

module.exports = {
  isString,
  isAppId,
  isUrl,
};
