'use strict';

module.exports = {
  mysql: { host: process.env.MYSQL_HOST || 'localhost', user: 'mailtrain', database: 'mailtrain' },
  www: { publicUrlBase: process.env.URL_BASE_PUBLIC || 'http://localhost:3004' },
};
