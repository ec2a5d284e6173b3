import Joi from 'joi';

/** Joi schemas shared by the API routes; unknown keys are stripped. */
const schemas = {
  page: Joi.number().integer().min(1).max(9007199254740990).default(1),
  per_page: Joi.number().integer().min(1).max(100).default(30),
  strategy: Joi.string().trim().valid('new', 'old', 'relevant').default('relevant'),
  search: Joi.string().trim().max(120),
  with_children: Joi.boolean().default(false),
  username: Joi.string().alphanum().min(3).max(30).trim(),
  slug: Joi.string().trim().max(226).pattern(/^[\da-z](?:-?[\da-z])*$/),
  title: Joi.string().trim().min(1).max(255),
  body: Joi.string().min(1).max(20000),
  source_url: Joi.string()
    .trim()
    .max(2000)
    .uri({ scheme: ['http', 'https'] })
    .allow(null),
};

export default function validator(object, keys) {
  const shape = {};
  for (const key of Object.keys(keys)) {
    shape[key] = keys[key] === 'required' ? schemas[key].required() : schemas[key];
  }
  const { error, value } = Joi.object(shape).validate(object, { stripUnknown: true, convert: true });
  if (error) {
    const err = new Error(error.details[0].message);
    err.name = 'ValidationError';
    err.statusCode = 400;
    throw err;
  }
  return value;
}

export function isValidationError(err) {
  return err && err.name === 'ValidationError';
}
