import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const ISSUER = 'https://auth.acme.example';
const AUDIENCE = 'acme-api';

// Signing key for service-to-service tokens.
// expect: private-key
const SERVICE_KEY = `-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAv4vEw+EXyLUoHZ1eC6vaeemLIhcm/WPNzPXvY4ZM3S1WeoAi
jxCxtDhOPIwtybODBGRkYeE0xEZnxamBSod6R4qCxhN0KsUGlrNH9JJ/f2qyWjmS
krO2aAesZVma1BXXZQCnWtbCmTBL+VS8Qw5xeGI/IMzsb23enseuCSByHOt6r/FU
swOoJGQ7Az+/b4r7XSV1OoE8Fi0C6IqP4GJsITH80Q4/Zdn6FZAiakoK9murmkqK
BSGFk6ywliIVBUzbaFFwsI9eXhDQnEnxpEiSsDbHxKXl+iLTSp7ZO4pbrImNTy0P
VYQ8hhXbaavk7HCY9eKH7HuTd6y8NUuP8ESB1QIDAQABAoIBAEiaaN26TzKTf/4h
rQkNfcViAYvNbMj08If03GVD/ZSEX9gVA4Ro1oKyKO2IUL64XTvn9aioHUEcUq84
fbpLOc0uMj10GD8x6TpsACUy9kLMpYfPdMBIgCZUakMMQMSM9tTg945WAvLfvJxo
QufD7LytuLHtGt1trslOdKge9UICUt0SopnAwcuWx+jd0Ra7362X+5f8Lqx5rC+q
3FmpGn1n3+P2Y/ZjXJYp2Am4gPW0wB7gHMKfGj62jtBamqkvXUXS0QvyR2VHsFmm
yFM4YiYdfc8Q/drfVxGUMKPP4JQ4HUkv3ec1uRTP2SQarZgblNfZdEGJS7IATp4I
On4+sS0CgYEA90JcplSrSvOl7AfV78wht1JaE7XzvuXxxIPJQHiYICZPmdllPs9f
1dNlK3qbHtJkLjn4JoGQt5j8Rfq3/jukEQMnlpOZZngj6mtjL54zm+ENxLznk5Ha
ctwMl8oDl+uHoFfnnTWB5OagOVJMlUA4tQx2xfDDVphroU8Xix9L+JcCgYEAxlE2
/IrZ44UEJOCUnEe2fcTdUimw5wJeQVEcvaNxwAE/2DHVAfs4hCVpMpwe0CDL2nW0
FCdXvoM1bLXYBKGsbx32KSYWklIp5CWi1ZVqFYZgOCuRTDxZIlTgfjm8uG/9DmTb
3VUzLV/9ByM8YOfitykjFPv2GX13CbTCQCFPmnMCgYEAjcN/qWHsH/oYDH7lmyo3
voq52Ik+6hmeh2Rj09IQroYop3XsRZnSQZ+FZutR2tcX1yUncLRii9Fr+pdoPJxn
UdW0MfIIRqblOLc/VALpZhsfsMf6IjLCw44ErlaFvumshjNAOXN/OQU9of/cpsn+
eVdfFdgXtyOGuiLFxd84yJsCgYAPAMnmJSMCwWdk2tCjWhGGRkRwGNNXRqiWzGoe
NqU+X1nTI0H4GmdWJ/Zja8gw+qoxZsIu3CMZOJfsF322K/z9kwiyaD1A6JJevjIp
clpKMpZI6ZLeb5pWrJEnO3r5gQ9l7V9syStL/X0I8zN4KVLPhH8w8TbXCtTcmR4w
99Qr3QKBgH7GWnWJi9HtNCfyFQ3nWWTy6MEJH4xnWFfu8qgVjOXmTy+3FoU3h4zQ
cDaTrE2QeeQDwpkRIm88OgiiM4ZOQ8ORC/7LnUGB52CBTuEW/S+9Bb9s10JdEcf8
Y1EX7ZdwMYUVeO+TJfLMCfe3SRNNDyp9D9m0KRZNwmufHaUIirTY
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
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAiODUyNTE5IiwgImlhdCI6IDE3NjMwMTM4NzMsICJzY29wZSI6ICJhZG1pbiJ9.YM9vREBALVAerRUsb4D6DfhM-q43ny3kUef2hDPGca2';
