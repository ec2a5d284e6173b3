import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const ISSUER = 'https://auth.acme.example';
const AUDIENCE = 'acme-api';

// Signing key for service-to-service tokens.
// expect: private-key
const SERVICE_KEY = `-----BEGIN RSA PRIVATE KEY-----
d8BObAGqvziOTmuKiW+wmfBAXjnDyYKasn7qCEG45SVaDUWmNyWN/Mg79Uv4izAc
6nAxuxMefwl8iiOTkBwVXmUTHO/gtp7J0WmhXM/TfHdRsn558PD+dLlPEuhsbPRT
4vn/cOpLhYNKCfDINUjeTxLCxYKCwsujvuwwU0AJFD/Wm2o2GB4Ohxkddw804/bf
sPe5+05jeYYBeZkNsEtN54N7frgg+25Ng7d3q+T5UKVTQBo1231dAXnzWwCJSy0b
ZpqJwIoPKsFHytqKf2T+Nz0+02APaTJwx/TbdgWxfvhpiZnAs27x1u2BtiuiHb6x
8/M3PKHuFxShU/hEzoySFIEvaaKf13q3AbW2BXlNrN5Y94gxBpkJEA9nGjFJArtg
WuhvbGHFkhMQyffpxdJFvlSqtbIcWoTMnMrfzQ2AWEUyFiU8QW9Wep6YpxSrScT9
8wRtLXY077PkeUHEViEmDW8XyZTPfYF9UAi8+fc5CghjLTNShHAQqTXsJPJKNsyN
58QVXcnxfapRvkXA1dRajg3n/3iqyn7WMV3QuKr7g8YWrxg9JHCR0iDfJkuZPu+0
BDH+kws86LS73wRFvpdXAlrKCdAQRX48aHJxdN1TtaF8hL+pLEOVpIA6mxiocaxM
lbfkW9tzVayvS7fHyx/KgLGXVZOgsvmbEqZR71CYYR3Wj0rNqewoKJtdtHzeszjg
9o2mxn1/gzJC2CjOcLIu9dYawyfT/k5vuPLy/L5+7NjaTSXe2J28QeJnh91YquFT
NldqyO8CGfk12vOI3/3gx2FvXlAuhTTJCHpiW+b2gqHdiX3/RV8frR9MAuJ4Zuir
q0rDerPwPO0dZAGAzmhOCRKjGrUjRJZpsIIMZbnQEtMR5aANzF3GdYHB2G2StLYc
VVPWYNFfnqZuLA39DCoFc9QKEcP1cFTHPshcCUPgn8SjhaYavLnqFQbCikEY+siV
1Ey13GoBZWpNM5ZyWlI7WkBYzBFVrC4N4EoknIvNHU8c28/I7vu6ZuwsdDvPnID9
WB1gavGmGV7W3S1ORwdtgIi+wD5QZoY+Rr6MLScY4P4o7y8EAIF4ybPp/FPi676u
PsxAdfPDx5I2s+v40WvRV9AQ5kdQWox6annEIFHLvrV3ITL9XPC7uMpu9V6TCOiA
3cGemfmSCNeqenVyEiAm8daI3Ac/RX2gMUVVKaDFOs44kN2f
-----END RSA PRIVATE KEY-----`;

// Public half, safe to ship.
const PUBLIC_CERT = readFileSync(new URL('./service-cert.pem', import.meta.url), 'utf8');

export function signServiceToken(subject, scopes = []) {
  return jwt.sign({ scp: scopes }, SERVICE_KEY, {
    algorithm: 'RS256',
    issuer: ISSUER,
    audience: AUDIENCE,
    subject,
    expiresIn: '5m',
  });
}

export function verifyServiceToken(token) {
  return jwt.verify(token, PUBLIC_CERT, { algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE });
}

export const STATIC_ADMIN_BEARER =
  // expect: jwt
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiMTQ4MzYwIiwgImlhdCI6IDE3NjMwMzUxODYsICJzY29wZSI6ICJhZG1pbiJ9.HY0YjKOBvMFhPo5HqDaxSRl9_IrKiHYkBKnmEdUEeUp';
