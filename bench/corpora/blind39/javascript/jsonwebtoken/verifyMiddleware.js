const jwt = require("jsonwebtoken");

const SECRET = process.env.JWT_SECRET;
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY;

function requireAuth(req, res, next) {
  const token = (req.headers.authorization || "").replace(/^Bearer /, "");
  try {
    // expect: jwt-none-algorithm
    req.user = jwt.verify(token, SECRET, { algorithms: ["HS256", "none"] });
    next();
  } catch (err) {
    res.status(401).end();
  }
}

const LEGACY_VERIFY_OPTIONS = {
  issuer: "legacy-sso",
  algorithms: ["RS256", "none"],
};

function verifyLegacy(token) {
  // expect: jwt-none-algorithm
  return jwt.verify(token, PUBLIC_KEY, LEGACY_VERIFY_OPTIONS);
}

function verifyAsync(token) {
  return new Promise((resolve, reject) => {
    jwt.verify(
      token,
      SECRET,
      // expect: jwt-none-algorithm
      { algorithms: ["none"], ignoreExpiration: true },
      (err, decoded) => (err ? reject(err) : resolve(decoded))
    );
  });
}

function signTestToken(payload) {
  // expect: jwt-none-algorithm
  return jwt.sign(payload, null, { algorithm: "none" });
}

// Safe: a fixed, signed algorithm.
function verifyAccess(token) {
  return jwt.verify(token, SECRET, { algorithms: ["HS256"] });
}

// Safe: the header is only read to choose a key id; verification follows with a fixed algorithm.
function keyIdOf(token) {
  const decoded = jwt.decode(token, { complete: true });
  return decoded && decoded.header.kid;
}

module.exports = { requireAuth, verifyLegacy, verifyAsync, signTestToken, verifyAccess, keyIdOf };
