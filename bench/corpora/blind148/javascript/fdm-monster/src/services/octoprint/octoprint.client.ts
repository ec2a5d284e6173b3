import { AxiosStatic } from "axios";
import { LoginDto } from "@/services/interfaces/login.dto";
import { PrinterFileCacheRepository } from "@/services/orm/printer-file-cache.repository";
import { LoggerService } from "@/handlers/logger";

export class OctoprintClient {
  private readonly logger: LoggerService;

  constructor(
    private readonly httpClient: AxiosStatic,
    private readonly printerFileCacheRepository: PrinterFileCacheRepository,
    loggerFactory: (name: string) => LoggerService,
  ) {
    this.logger = loggerFactory(OctoprintClient.name);
  }

  private headers(apiKey: string) {
    return { "X-Api-Key": apiKey, "Content-Type": "application/json" };
  }

  async getVersion(login: LoginDto) {
    const base = login.printerURL.replace(/\/+$/, "");
    // expect: ssrf
    const response = await this.httpClient.get(`${base}/api/version`, { headers: this.headers(login.apiKey), timeout: 5000 });
    return response.data;
  }

  async searchCachedFiles(printerId: number, name: string, exact: boolean) {
    this.logger.debug(`search files printer ${printerId}`);
    if (exact) {
      return this.printerFileCacheRepository.findByName(printerId, name);
    }
    return this.printerFileCacheRepository.findByNameLike(printerId, name);
  }
}
