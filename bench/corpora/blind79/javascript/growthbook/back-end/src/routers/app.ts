import express from "express";
import { wrapController } from "./wrapController";
import { processJWT } from "../middleware/authenticate";
import * as experimentsControllerRaw from "../controllers/experiments";
import * as uploadsControllerRaw from "../controllers/uploads";
import * as webhooksControllerRaw from "../controllers/webhooks";
import * as authControllerRaw from "../controllers/auth";

const experimentsController = wrapController(experimentsControllerRaw);
const uploadsController = wrapController(uploadsControllerRaw);
const webhooksController = wrapController(webhooksControllerRaw);
const authController = wrapController(authControllerRaw);

const app = express.Router();

app.get("/auth/callback", authController.getOAuthCallback);
app.get("/auth/logout", authController.getLogoutRedirect);
app.get("/upload/*", uploadsController.getImage);

app.use(processJWT);

app.get("/experiments", experimentsController.getExperiments);
app.get("/experiment/key/:key", experimentsController.getExperimentByKey);
app.get("/logos/:file", uploadsController.getOrgLogo);
app.post("/webhooks/test", webhooksController.postTestWebhook);
app.post("/webhooks/slack/test", webhooksController.postSlackNotificationTest);

export default app;
