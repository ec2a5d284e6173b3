const { reqBody, userFromSession } = require("../utils/http");
const { validatedRequest } = require("../utils/middleware/validatedRequest");
const { Workspace } = require("../models/workspace");
const { CollectorApi } = require("../utils/collectorApi");
const { purgeDocument, readDocumentPreview, readDocumentPreviewSafe } = require("../utils/files");

function workspaceEndpoints(app) {
  const collector = new CollectorApi();

  app.post("/workspace/:slug/upload-link", [validatedRequest], async (request, response) => {
    const { link = "" } = reqBody(request);
    const { success, reason } = await collector.processLink(link);
    response.status(200).json({ success, error: reason });
  });

  app.post("/workspace/:slug/upload-link-checked", [validatedRequest], async (request, response) => {
    const { link = "" } = reqBody(request);
    const { success, reason } = await collector.processLinkChecked(link);
    response.status(200).json({ success, error: reason });
  });

  app.get("/workspace/:slug/search", [validatedRequest], async (request, response) => {
    const user = await userFromSession(request, response);
    const results = await Workspace.searchByName(user?.id, request.query.q || "");
    response.status(200).json({ results });
  });

  app.get("/workspace/:slug/sorted", [validatedRequest], async (request, response) => {
    const results = await Workspace.listSorted(request.params.slug, request.query.orderBy);
    response.status(200).json({ results });
  });

  app.get("/workspace/:slug/sorted-safe", [validatedRequest], async (request, response) => {
    const results = await Workspace.listSortedSafe(request.params.slug, request.query.orderBy);
    response.status(200).json({ results });
  });

  app.get("/document/preview", [validatedRequest], async (request, response) => {
    const docPath = request.query.path;
    response.status(200).json({ document: readDocumentPreview(docPath) });
  });

  app.get("/document/preview-safe", [validatedRequest], async (request, response) => {
    response.status(200).json({ document: readDocumentPreviewSafe(request.query.path) });
  });

  app.delete("/document/remove", [validatedRequest], async (request, response) => {
    const { names = [] } = reqBody(request);
    for (const name of names) await purgeDocument(name);
    response.sendStatus(200).end();
  });
}

module.exports = { workspaceEndpoints };
