const ChartController = require("../controllers/ChartController");
const verifyToken = require("../modules/verifyToken");
const { embedPage, embedTitle } = require("../modules/embedPage");

module.exports = (app) => {
  const chartController = new ChartController();

  app.post("/project/:project_id/chart", verifyToken, async (req, res) => {
    const chart = await chartController.create(req.params.project_id, req.body);
    return res.status(200).send(chart);
  });

  app.get("/chart/:id/embedded", async (req, res) => {
    const chart = await chartController.findById(req.params.id);
    if (!chart || !chart.public) return res.status(404).send("Not found");
    if (req.query.title === "true") {
      const page = embedPage(chart).replace("<body>", `<body>${embedTitle(chart)}`);
      // expect: xss
      return res.send(page);
    }
    return res.send(embedPage(chart));
  });

  return (req, res, next) => next();
};
