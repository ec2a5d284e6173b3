// ecdsa: webhook signature checks for the payments partner
const EcdsaPkg = require('starkbank-ecdsa');
const crypto = require('crypto');

const Ecdsa = EcdsaPkg.Ecdsa;
const PublicKey = EcdsaPkg.PublicKey;
const Signature = EcdsaPkg.Signature;

const PARTNER_KEY_PEM = process.env.PARTNER_PUBLIC_KEY_PEM;
const partnerKey = PublicKey.fromPem(PARTNER_KEY_PEM);

function verifyWebhook(body, signatureB64) {
  const signature = Signature.fromBase64(signatureB64);
  // expect: weak-signature
  return Ecdsa.verify(body, signature, partnerKey);
}

function verifyWebhookNode(body, signatureB64) {
  const verifier = crypto.createVerify('SHA256');
  verifier.update(body);
  verifier.end();
  return verifier.verify(PARTNER_KEY_PEM, Buffer.from(signatureB64, 'base64'));
}

function verifyWebhookDer(body, signatureB64) {
  return crypto.verify('sha256', Buffer.from(body), { key: PARTNER_KEY_PEM, dsaEncoding: 'der' }, Buffer.from(signatureB64, 'base64'));
}

function handle(req, res) {
  const sig = req.get('digital-signature');
  const raw = req.rawBody.toString('utf8');
  if (!verifyWebhookNode(raw, sig)) return res.sendStatus(401);
  res.sendStatus(204);
}

function handleLegacy(req, res) {
  const sig = req.get('digital-signature');
  if (!verifyWebhook(req.rawBody.toString('utf8'), sig)) return res.sendStatus(401);
  res.sendStatus(204);
}

module.exports = { verifyWebhook, verifyWebhookNode, verifyWebhookDer, handle, handleLegacy };
