import cors, { CorsOptions } from 'cors';
import type { Express } from 'express';

// expect: permissive-cors
const CORS_ALLOWED_ORIGINS = [/^https:\/\/app.example.com$/, /^https:\/\/admin\.example\.com$/];

// expect: permissive-cors
const corsPartnerPattern = /^https:\/\/[a-z0-9-]+.partners.example.io$/;

const corsPreviewOrigins = [
  'https://example.com',
  // expect: permissive-cors
  /^https:\/\/pr-\d+.preview.example.dev$/,
];

// expect: permissive-cors
const corsStagingRegex = new RegExp('^https://(www|shop).staging.example.com$');

// Safe: dots escaped.
const CORS_API_ORIGINS = [/^https:\/\/api\.example\.com$/, /^https:\/\/([a-z0-9-]+\.)?example\.com$/];

// Safe: exact strings, compared as strings by the cors package.
const corsExactOrigins = ['https://app.example.com', 'https://www.example.com'];

export function applyCors(app: Express) {
  const options: CorsOptions = {
    origin: [...CORS_ALLOWED_ORIGINS, corsPartnerPattern, ...corsPreviewOrigins, corsStagingRegex, ...CORS_API_ORIGINS, ...corsExactOrigins],
    credentials: true,
  };
  app.use(cors(options));
}
