import cors, { CorsOptions } from 'cors';
import express from 'express';

const app = express();

// Origins allowed to call the API from the browser.
// expect: cors-misconfiguration
const CORS_ORIGINS = [/^https:\/\/app.example.com$/, /^https:\/\/admin\.example\.com$/];

// expect: cors-misconfiguration
const corsPreviewOrigin = /^https:\/\/[a-z0-9-]+.preview.example.com$/;

// expect: cors-misconfiguration
const partnerCorsPattern = '^https://partner.example.co.uk$';

const corsOptions: CorsOptions = {
  origin: [...CORS_ORIGINS, corsPreviewOrigin, new RegExp(partnerCorsPattern)],
  credentials: true,
};

app.use('/api', cors(corsOptions));

export function buildCorsOptions(extra: string[]): CorsOptions {
  // expect: cors-misconfiguration
  const corsAllowList = ['https://docs.example.com', /^https:\/\/.*.example.com$/];
  return { origin: [...corsAllowList, ...extra], credentials: true };
}

// Safe: dots escaped, and plain origin strings compared exactly.
const CORS_STATIC = /^https:\/\/static\.example\.com$/;
const CORS_EXACT = ['https://app.example.com', 'https://admin.example.com'];

app.use('/assets', cors({ origin: CORS_STATIC }));
app.use('/public', cors({ origin: CORS_EXACT }));

export default app;
