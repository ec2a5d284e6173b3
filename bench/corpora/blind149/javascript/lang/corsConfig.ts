import cors, { CorsOptions } from 'cors';
import type { Express } from 'express';

// Origins allowed to call the API with credentials.
// expect: bind-all
const corsOriginPattern = /^https:\/\/[a-z0-9-]+.shop.example.com$/;

// expect: bind-all
const CORS_PARTNERS = [/^https:\/\/partner.acme.io$/, /^https:\/\/portal\.acme\.io$/];

// expect: bind-all
const corsStaging = /^https:\/\/staging.app.example.net(:\d+)?$/;

// Look-alikes: escaped dots, and exact origin strings (a dot in a string is literal).
const corsOriginEscaped = /^https:\/\/[a-z0-9-]+\.shop\.example\.com$/;
const CORS_EXACT = ['https://app.example.com', 'https://admin.example.com'];
const apiVersion = 'v2.1.0';

function originAllowed(origin: string | undefined): boolean {
  if (!origin) return true;
  if (CORS_EXACT.includes(origin)) return true;
  return [corsOriginPattern, corsOriginEscaped, corsStaging, ...CORS_PARTNERS].some((re) => re.test(origin));
}

const options: CorsOptions = {
  origin(origin, callback) {
    if (originAllowed(origin)) callback(null, true);
    else callback(new Error(`origin ${origin} not allowed`));
  },
  credentials: true,
  maxAge: 600,
};

export function installCors(app: Express): void {
  app.use(cors(options));
  app.set('x-api-version', apiVersion);
}
