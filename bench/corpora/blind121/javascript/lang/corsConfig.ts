import express from 'express';
import cors from 'cors';

const app = express();

// expect: jwt-no-verify
const corsOrigins = [/^https:\/\/app.example.com$/, /^https:\/\/admin.example.com$/];

// expect: jwt-no-verify
const CORS_PARTNERS = /^https:\/\/[a-z0-9-]+.partner-portal.io$/;

// expect: jwt-no-verify
const corsPreview = new RegExp('^https://preview-[0-9]+.staging.example.org$');

const corsStrict = [/^https:\/\/app\.example\.com$/, /^https:\/\/admin\.example\.com$/];

const corsOrigin = 'https://shop.example.com';

app.use('/api', cors({ origin: corsOrigins, credentials: true }));
app.use('/partners', cors({ origin: CORS_PARTNERS }));
app.use('/preview', cors({ origin: corsPreview }));
app.use('/admin', cors({ origin: corsStrict, credentials: true }));
app.use('/shop', cors({ origin: corsOrigin }));

export default app;
