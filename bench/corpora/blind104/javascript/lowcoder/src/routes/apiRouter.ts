import express from "express";
import * as pluginControllers from "../controllers/plugins";
import * as npmControllers from "../controllers/npm";
import { requestLogger } from "../utils/log";

const apiRouter = express.Router();

apiRouter.use(requestLogger);
apiRouter.post("/runPluginQuery", pluginControllers.runPluginQuery);
apiRouter.post("/validatePluginDataSourceConfig", pluginControllers.validatePluginDataSourceConfig);
apiRouter.get("/npm/package/:packageName", npmControllers.fetchPackageMeta);
apiRouter.get("/npm/:applicationId/tarball", npmControllers.fetchPackageFile);

export default apiRouter;
