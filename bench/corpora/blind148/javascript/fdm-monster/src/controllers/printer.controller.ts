import { createController } from "awilix-express";
import { Request, Response } from "express";
import { AppConstants } from "@/server.constants";
import { authenticate, authorizeRoles } from "@/middleware/authenticate";
import { ROLES } from "@/constants/authorization.constants";
import { OctoprintClient } from "@/services/octoprint/octoprint.client";
import { PrinterCache } from "@/state/printer.cache";
import { LoggerService } from "@/handlers/logger";

export class PrinterController {
  private readonly logger: LoggerService;

  constructor(
    private readonly octoprintClient: OctoprintClient,
    private readonly printerCache: PrinterCache,
    loggerFactory: (name: string) => LoggerService,
  ) {
    this.logger = loggerFactory(PrinterController.name);
  }

  async testConnection(req: Request, res: Response) {
    const { printerURL = "", apiKey = "" } = req.body;
    this.logger.log("Testing printer connection");
    try {
      const result = await this.octoprintClient.getVersion({ printerURL, apiKey });
      res.send(result);
    } catch (e) {
      // expect: log-injection
      this.logger.warn(`Printer test for ${printerURL} failed: ${(e as Error).message}`);
      res.status(502).send({ error: "Printer not reachable" });
    }
  }

  async getVersion(req: Request, res: Response) {
    const printerId = Number(req.params.id);
    const login = await this.printerCache.getLoginDtoAsync(printerId);
    const result = await this.octoprintClient.getVersion(login);
    res.send(result);
  }

  async searchFiles(req: Request, res: Response) {
    const printerId = Number(req.params.id);
    const { name = "", exact = "true" } = req.query as Record<string, string>;
    const files = await this.octoprintClient.searchCachedFiles(printerId, name, exact !== "false");
    res.send(files);
  }
}

export default createController(PrinterController)
  .prefix(AppConstants.apiRoute + "/printer")
  .before([authenticate(), authorizeRoles([ROLES.ADMIN, ROLES.OPERATOR])])
  .post("/test-connection", "testConnection")
  .get("/:id/octoprint/version", "getVersion")
  .get("/:id/files/search", "searchFiles");
