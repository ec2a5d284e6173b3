const { decodeJWT } = require("./jwt");

function reqBody(request) {
  return typeof request.body === "string" ? JSON.parse(request.body) : request.body;
}

async function userFromSession(request, response) {
  if (response?.locals?.user) return response.locals.user;
  const auth = request.header("Authorization");
  const token = auth ? auth.split(" ")[1] : null;
  if (!token) return null;
  return decodeJWT(token);
}

module.exports = { reqBody, userFromSession };
