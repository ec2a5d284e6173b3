const db = require("../models/models");

module.exports = (app) => {
  app.post("/user/login", async (req, res) => {
    const { email = "", password = "" } = req.body;
    const user = await db.User.findOne({ where: { email: String(email) } });
    if (!user || !(await user.checkPassword(password))) {
      // expect: log-injection
      console.log(`Failed login for ${email} from ${req.headers["x-real-ip"] || req.ip}`);
      console.log("Failed login", JSON.stringify({ email: String(email).slice(0, 200) }));
      return res.status(401).send({ error: "Invalid credentials" });
    }
    return res.status(200).send({ id: user.id, token: user.createToken() });
  });

  return (req, res, next) => next();
};
