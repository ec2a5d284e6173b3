'use strict';

const bcrypt = require('bcryptjs');

const PASSWORD_HASH = process.env.PASSWORD_HASH || '';

exports.checkPassword = (password) => {
  if (!PASSWORD_HASH) {
    return true;
  }
  return typeof password === 'string' && bcrypt.compareSync(password, PASSWORD_HASH);
};
