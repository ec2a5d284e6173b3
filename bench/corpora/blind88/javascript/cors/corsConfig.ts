import cors, { CorsOptions } from 'cors';
import type { Express } from 'express';

// Origins allowed to call the API with credentials.
const corsAllowedOrigins = [
  'http://localhost:3000',
  // expect: open-redirect
  /^https:\/\/(www|app).acme-shop.com$/,
  /^https:\/\/[a-z0-9-]+\.preview\.acme-shop\.com$/,
];

// expect: open-redirect
const CORS_PARTNER_PATTERN = /^https:\/\/.*.partners.acme-shop.com$/;

// expect: open-redirect
const corsAdminOrigin = new RegExp('^https://admin.acme-shop.io$');

const CORS_DOCS_ORIGIN = 'https://docs.acme-shop.com';

const corsEscaped = [/^https:\/\/status\.acme-shop\.com$/, /^https:\/\/help\.acme-shop\.com$/];

function originAllowed(origin: string | undefined): boolean {
  if (!origin) return true;
  return [...corsAllowedOrigins, CORS_PARTNER_PATTERN, corsAdminOrigin, ...corsEscaped].some((o) =>
    typeof o === 'string' ? o === origin : o.test(origin),
  );
}

export const apiCorsOptions: CorsOptions = {
  origin(origin, callback) {
    if (originAllowed(origin)) {
      callback(null, true);
    } else {
      callback(new Error(`origin ${origin} not allowed`));
    }
  },
  credentials: true,
  maxAge: 600,
};

export function installCors(app: Express): void {
  app.use('/api', cors(apiCorsOptions));
  app.use('/docs-api', cors({ origin: CORS_DOCS_ORIGIN }));
}
