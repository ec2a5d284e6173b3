// express (TypeScript): CORS configured per route group, with a hand-written origin callback
import express from 'express';
import cors, { CorsOptions } from 'cors';

const app = express();

const ALLOWED_ORIGINS = (process.env.CORS_ORIGINS ?? 'https://app.example.com,https://admin.example.com').split(',');

const strictCors: CorsOptions = {
  origin(origin, callback) {
    if (!origin || ALLOWED_ORIGINS.includes(origin)) {
      callback(null, true);
    } else {
      callback(new Error('Not allowed by CORS'));
    }
  },
  credentials: true,
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
};

// expect: cors-misconfig
const looseCors: CorsOptions = { origin: (origin, callback) => callback(null, origin), credentials: true };

app.use('/api/v2', cors(strictCors));
app.use('/api/v1', cors(looseCors));
app.use('/api/public', cors({ origin: '*', methods: ['GET'] }));

app.use('/api/partners', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin) {
    // expect: cors-misconfig
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.use('/api/widgets', (req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_ORIGINS.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  next();
});

app.get('/api/public/status', (_req, res) => {
  res.json({ status: 'ok' });
});

app.get('/api/v2/me', (req, res) => {
  res.json({ user: (req as any).user ?? null });
});

export default app;
