import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { NextFunction, Request, Response } from 'express';

const ajv = new Ajv({ strictSchema: false, allErrors: true });
addFormats(ajv);

export const schemas: Record<string, object> = {
  ApiMetaReq: {
    type: 'object',
    properties: {
      apiMeta: {
        type: 'object',
        properties: {
          url: { type: 'string', format: 'uri' },
          method: { type: 'string', enum: ['GET', 'POST'] },
          body: { type: 'string' },
        },
        required: ['url'],
      },
    },
    required: ['apiMeta'],
  },
};

// Validates req.body against a named schema. Strings stay strings: the URL is only
// checked to look like a URI.
export default function getAjvValidatorMw(schemaName: string) {
  const validate = ajv.compile(schemas[schemaName]);
  return (req: Request, res: Response, next: NextFunction) => {
    if (validate(req.body)) {
      return next();
    }
    return res.status(400).json({ msg: 'Invalid request body', errors: validate.errors });
  };
}
