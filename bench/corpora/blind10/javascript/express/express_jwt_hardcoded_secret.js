// library: express-jwt (secret option)
const express = require('express');
const { expressjwt: jwt } = require('express-jwt');
const jwks = require('jwks-rsa');

const api = express.Router();

api.use('/v1', jwt({
  // expect: hardcoded-secret
  secret: 'super-secret-api-signing-key',
  algorithms: ['HS256'],
}));

api.use('/v2', jwt({
  secret: process.env.API_JWT_SECRET,
  algorithms: ['HS256'],
}));

api.use('/v3', jwt({
  secret: jwks.expressJwtSecret({
    cache: true,
    rateLimit: true,
    jwksUri: 'https://auth.example.com/.well-known/jwks.json',
  }),
  audience: 'https://api.example.com',
  issuer: 'https://auth.example.com/',
  algorithms: ['RS256'],
}));

// expect: hardcoded-secret
api.use('/internal', jwt({ secret: Buffer.from('aW50ZXJuYWwtc2VjcmV0LWtleQ==', 'base64'), algorithms: ['HS256'] }));

module.exports = api;
