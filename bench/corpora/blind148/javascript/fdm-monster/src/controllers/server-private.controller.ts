import { createController } from "awilix-express";
import { Request, Response } from "express";
import { exec, execFile } from "child_process";
import { promisify } from "util";
import { AppConstants } from "@/server.constants";
import { authenticate, authorizeRoles } from "@/middleware/authenticate";
import { ROLES } from "@/constants/authorization.constants";
import { LoggerService } from "@/handlers/logger";

const execAsync = promisify(exec);
const execFileAsync = promisify(execFile);
const RELEASE_TAG = /^v?\d+\.\d+\.\d+(-[\w.]+)?$/;

export class ServerPrivateController {
  private readonly logger: LoggerService;

  constructor(loggerFactory: (name: string) => LoggerService) {
    this.logger = loggerFactory(ServerPrivateController.name);
  }

  async updateClientBundle(req: Request, res: Response) {
    const { releaseTag = "latest", allowPrerelease = false } = req.body;
    this.logger.log("Updating client bundle");
    // expect: command-injection
    const { stdout } = await execAsync(`npm pack @fdm-monster/client-next@${releaseTag} --pack-destination ./dist-bundle`);
    res.send({ updated: true, allowPrerelease, output: stdout.trim() });
  }

  async checkoutServerRelease(req: Request, res: Response) {
    const { releaseTag = "" } = req.body;
    if (!RELEASE_TAG.test(releaseTag)) {
      return res.status(400).send({ error: "Invalid release tag" });
    }
    const { stdout } = await execFileAsync("git", ["checkout", `tags/${releaseTag}`]);
    res.send({ output: stdout.trim() });
  }
}

export default createController(ServerPrivateController)
  .prefix(AppConstants.apiRoute + "/server")
  .before([authenticate(), authorizeRoles([ROLES.ADMIN])])
  .post("/update-client-bundle", "updateClientBundle")
  .post("/checkout-release", "checkoutServerRelease");
