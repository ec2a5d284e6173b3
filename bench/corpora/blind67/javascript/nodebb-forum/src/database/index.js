'use strict';

const nconf = require('nconf');
const { Pool } = require('pg');

const primaryDB = module.exports;

primaryDB.pool = new Pool({
	host: nconf.get('postgres:host'),
	port: nconf.get('postgres:port'),
	user: nconf.get('postgres:username'),
	password: nconf.get('postgres:password'),
	database: nconf.get('postgres:database'),
	max: 20,
});

require('./postgres/sorted')(primaryDB);
