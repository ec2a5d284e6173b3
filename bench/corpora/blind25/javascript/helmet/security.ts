import express from 'express';
import helmet from 'helmet';

export const app = express();
app.use(helmet());

export const embedApp = express();
embedApp.use(helmet({
  // expect: insecure-config
  contentSecurityPolicy: false,
  crossOriginEmbedderPolicy: false,
}));

export const legacyApp = express();
legacyApp.use(helmet({
  // expect: insecure-config
  frameguard: false,
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"] } },
}));

export const apiApp = express();
apiApp.disable('x-powered-by');
apiApp.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }));
