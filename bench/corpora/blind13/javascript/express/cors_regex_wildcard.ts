// library: express + cors (origin allow-list written as a regular expression)
import express from 'express';
import cors from 'cors';

const app = express();

app.use('/api', cors({
  // expect: cors-misconfiguration
  origin: /https:\/\/.*.example.com$/,
  credentials: true,
}));

app.use('/partner', cors({
  origin: /^https:\/\/([a-z0-9-]+\.)?partner\.example\.com$/,
  credentials: true,
}));

const allowedOrigins: (string | RegExp)[] = [
  'https://app.example.com',
  // expect: cors-misconfiguration
  /example\.com/,
];
app.use('/v2', cors({ origin: allowedOrigins, credentials: true }));

app.use('/public-data', cors({ origin: '*' }));

app.use('/admin-api', cors({
  origin: ['https://admin.example.com', /^https:\/\/staging-\d+\.example\.com$/],
  credentials: true,
}));

export default app;
