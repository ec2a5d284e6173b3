// library: ajv (JSON schema validation of request bodies)
const express = require('express');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

// expect: dos
const ajv = new Ajv({ allErrors: true, coerceTypes: true });
addFormats(ajv);

const ajvStrict = new Ajv({ allErrors: false, removeAdditional: 'all' });
addFormats(ajvStrict);

const signupSchema = {
  type: 'object',
  required: ['email', 'password'],
  properties: {
    email: { type: 'string', format: 'email', maxLength: 254 },
    password: { type: 'string', minLength: 12, maxLength: 128 },
    tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } },
  },
  additionalProperties: false,
};

const validateSignup = ajv.compile(signupSchema);
const validateSignupStrict = ajvStrict.compile(signupSchema);

const router = express.Router();

router.post('/signup', express.json({ limit: '5mb' }), (req, res) => {
  if (!validateSignup(req.body)) return res.status(400).json(validateSignup.errors);
  res.sendStatus(201);
});

router.post('/signup/v2', express.json({ limit: '10kb' }), (req, res) => {
  if (!validateSignupStrict(req.body)) return res.status(400).json({ error: validateSignupStrict.errors[0].message });
  res.sendStatus(201);
});

// Build-time schema linting of our own files, not request data.
const schemaLinter = new Ajv({ strict: true });

module.exports = { router, schemaLinter };
