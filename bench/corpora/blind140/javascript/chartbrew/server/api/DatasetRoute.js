const DatasetController = require("../controllers/DatasetController");
const verifyToken = require("../modules/verifyToken");

module.exports = (app) => {
  const datasetController = new DatasetController();

  app.post("/project/:project_id/dataset/:id/request", verifyToken, async (req, res) => {
    const { getCache = false, filters = [] } = req.body;
    try {
      const result = await datasetController.runRequest(req.params.id, { getCache, filters, table: req.body.table });
      return res.status(200).send(result);
    } catch (error) {
      return res.status(400).send({ error: error.message });
    }
  });

  return (req, res, next) => next();
};
