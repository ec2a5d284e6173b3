const ConnectionController = require("../controllers/ConnectionController");
const verifyToken = require("../modules/verifyToken");

module.exports = (app) => {
  const connectionController = new ConnectionController();

  app.post("/team/:team_id/connections/:type/test", verifyToken, async (req, res) => {
    const { url, method } = req.body;
    try {
      const data = req.params.type === "api-known"
        ? await connectionController.testKnownApiRequest({ url, method })
        : await connectionController.testApiRequest({ url, method, headers: { Accept: "application/json" } });
      return res.status(200).send({ ok: true, sample: data });
    } catch (error) {
      return res.status(400).send({ error: "Could not reach the API" });
    }
  });

  return (req, res, next) => next();
};
