const { Router } = require("express");
const { authenticate } = require("../middlewares/auth");
const { isAdmin } = require("../middlewares/permission");
const { validateSchema } = require("../utils/schema");
const { sourceCreationValidation } = require("../validations/appSource");
const {
    createAppSource,
    getAppSources,
    refreshAppSources,
    previewAppSource,
} = require("../controllers/appSource");
const { getScript } = require("../controllers/script");

const app = Router();

app.get("/sources", authenticate, isAdmin, async (req, res) => {
    res.json(await getAppSources());
});

app.put("/sources", authenticate, isAdmin, async (req, res) => {
    if (validateSchema(res, sourceCreationValidation, req.body)) return;
    const source = await createAppSource(req.body);
    if (source?.code) return res.json(source);
    res.json({ message: "Source got successfully created" });
});

app.post("/sources/preview", authenticate, async (req, res) => {
    const { url } = req.body || {};
    if (typeof url !== "string") return res.status(400).json({ code: 400, message: "url is required" });
    res.json(await previewAppSource(url));
});

app.post("/refresh", authenticate, isAdmin, async (req, res) => {
    await refreshAppSources();
    res.json({ message: "Apps got successfully refreshed" });
});

app.get("/scripts/:scriptId", authenticate, async (req, res) => {
    const script = await getScript(req.user.id, req.params.scriptId, req.query.source);
    if (script?.code) return res.status(script.code).json(script);
    res.json(script);
});

module.exports = app;
