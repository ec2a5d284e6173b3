'use strict';

// Runtime configuration, read once at start-up from the environment.
module.exports = {
  port: Number(process.env.PORT || 3000),
  cookieSecret: process.env.COOKIE_SECRET || 'dev-only-cookie-secret',
  db: {
    host: process.env.DB_HOST || '127.0.0.1',
    user: process.env.DB_USER || 'shop',
    password: process.env.DB_PASSWORD || '',
    name: process.env.DB_NAME || 'shop',
  },
  uploadsDir: process.env.UPLOADS_DIR || '/var/lib/shop/uploads',
  invoicesDir: process.env.INVOICES_DIR || '/var/lib/shop/invoices',
  imageTool: process.env.IMAGE_TOOL || '/usr/bin/convert',
  pricingServiceUrl: process.env.PRICING_URL || 'https://pricing.internal.example.com',
  allowedReturnPaths: ['/', '/cart', '/account', '/orders'],
};
