var jwt = require("jsonwebtoken");
var fs = require("fs");

// expect: secret
var REFRESH_SECRET = "r3fr3sh-2f9c1b7e44a0";

function issueAccessToken(user) {
  // expect: secret
  var token = jwt.sign({ sub: user.id, role: user.role }, "acc3ss-t0ken-9d81f2", { expiresIn: "15m" });
  return token;
}

function issueRefreshToken(user) {
  return jwt.sign({ sub: user.id, type: "refresh" }, REFRESH_SECRET, { expiresIn: "30d" });
}

function checkAccessToken(token) {
  // expect: secret
  jwt.verify(token, "acc3ss-t0ken-9d81f2", { algorithms: ["HS256"] });
}

function issueServiceToken(service) {
  return jwt.sign({ sub: service }, process.env.SERVICE_JWT_SECRET, { expiresIn: "5m" });
}

var privateKey = fs.readFileSync(process.env.JWT_KEY_FILE);

function issueIdToken(user) {
  return jwt.sign({ sub: user.id, email: user.email }, privateKey, { algorithm: "RS256" });
}

function peek(token) {
  return jwt.decode(token, { complete: true });
}

module.exports = { issueAccessToken, issueRefreshToken, checkAccessToken, issueServiceToken, issueIdToken, peek };
