'use strict';
const Ajv = require('ajv');
const addFormats = require('ajv-formats');
const Ajv2020 = require('ajv/dist/2020');

const orderSchema = require('./schemas/order.json');

// expect: denial-of-service
const ajv = new Ajv({ allErrors: true });
const validateOrder = ajv.compile(orderSchema);

const ajvOptions = { allErrors: true, coerceTypes: true, useDefaults: true };
// expect: denial-of-service
const formAjv = addFormats(new Ajv(ajvOptions));

class SchemaRegistry {
  constructor(defaults) {
    // expect: denial-of-service
    this.ajv = new Ajv2020({ ...defaults, strict: false, allErrors: true });
  }

  validator(schema) {
    return this.ajv.compile(schema);
  }
}

function validateBody(schema) {
  const validate = new Ajv({
    removeAdditional: true,
    // expect: denial-of-service
    allErrors: true,
  }).compile(schema);
  return (req, res, next) => (validate(req.body) ? next() : res.status(400).json(validate.errors));
}

const strictAjv = new Ajv({ allErrors: false, strict: true });
const devAjv = new Ajv({ allErrors: process.env.NODE_ENV === 'development' });

module.exports = { validateOrder, formAjv, SchemaRegistry, validateBody, strictAjv, devAjv };
