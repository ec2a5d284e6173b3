'use strict';

const Joi = require('joi');

const pingSchema = Joi.object({
  host: Joi.string().max(253).required(),
  count: Joi.number().integer().min(1).max(10).default(3),
});

const hostSchema = Joi.object({
  host: Joi.string().hostname().required(),
});

const backupSchema = Joi.object({
  database: Joi.string().valid('orders', 'users', 'catalog').required(),
  label: Joi.string().max(64).default('manual'),
});

function validate(schema, payload) {
  const { value, error } = schema.validate(payload, { stripUnknown: true });
  if (error) {
    const err = new Error(error.message);
    err.status = 400;
    throw err;
  }
  return value;
}

module.exports = { pingSchema, hostSchema, backupSchema, validate };
