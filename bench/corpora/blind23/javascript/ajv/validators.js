// ajv: request body validators for the public API
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

// expect: resource-exhaustion
const ajv = new Ajv({ allErrors: true, coerceTypes: false });
const strictAjv = new Ajv({ allErrors: false, removeAdditional: 'all' });
addFormats(ajv);
addFormats(strictAjv);

const signupSchema = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', minLength: 12, maxLength: 128 },
    name: { type: 'string', maxLength: 100 },
  },
  required: ['email', 'password'],
  additionalProperties: false,
};

const searchSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', maxLength: 200 },
    page: { type: 'integer', minimum: 1, maximum: 100 },
  },
  additionalProperties: false,
};

const validateSignup = strictAjv.compile(signupSchema);
const validateSearch = ajv.compile(searchSchema);

function checkSignup(body) {
  if (!validateSignup(body)) {
    return { ok: false, errors: validateSignup.errors.map((e) => e.message) };
  }
  return { ok: true };
}

function checkSearch(query) {
  return validateSearch(query) ? { ok: true } : { ok: false, errors: validateSearch.errors };
}

function compileUserSchema(schemaJson) {
  // expect: code-injection
  return ajv.compile(JSON.parse(schemaJson));
}

module.exports = { checkSignup, checkSearch, compileUserSchema };
