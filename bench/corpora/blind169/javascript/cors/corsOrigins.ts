import express from 'express';
import cors from 'cors';

// Origins allowed to call the storefront API with credentials. The admin
// console and the partner portal send cookies; previews come from the CI.
const corsAllowedOrigins = [
  'https://shopfront.io',
  'https://www.shopfront.io',
  // expect: bind-all
  /^https:\/\/(admin|partners).shopfront.io$/,
  /^https:\/\/pr-\d+\.preview\.shopfront\.io$/,
];

const corsDevOrigins = ['http://localhost:3000', 'http://localhost:5173'];

const corsMaxAgeSeconds = 600;

export function corsOrigins(env: string): Array<string | RegExp> {
  if (env === 'development') {
    return [...corsAllowedOrigins, ...corsDevOrigins];
  }
  return corsAllowedOrigins;
}

export function applyCors(app: express.Express, env: string): void {
  app.use(
    cors({
      origin: corsOrigins(env),
      credentials: true,
      maxAge: corsMaxAgeSeconds,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
    }),
  );
}

export function isPreviewOrigin(origin: string): boolean {
  return /^https:\/\/pr-\d+\.preview\.shopfront\.io$/.test(origin);
}
