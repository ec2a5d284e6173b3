import { Backend, Controller, KuzzleRequest } from 'kuzzle';
import { ReportService } from '../services/ReportService';
import { PdfRenderer } from '../services/PdfRenderer';

export class ReportController extends Controller {
  private reports: ReportService;
  private renderer = new PdfRenderer('/var/lib/kuzzle/reports');

  constructor(app: Backend) {
    super(app);
    this.reports = new ReportService(app);
    this.definition = {
      actions: {
        search: { handler: this.search, http: [{ verb: 'get', path: 'reports/_search' }] },
        searchSafe: { handler: this.searchSafe, http: [{ verb: 'get', path: 'reports/_search-safe' }] },
        render: { handler: this.render, http: [{ verb: 'post', path: 'reports/:name/_render' }] },
        renderSafe: { handler: this.renderSafe, http: [{ verb: 'post', path: 'reports/:name/_render-safe' }] },
        pull: { handler: this.pull, http: [{ verb: 'post', path: 'reports/_pull' }] },
      },
    };
  }

  async search(request: KuzzleRequest) {
    const field = request.getString('field', 'title');
    const value = request.getString('value');
    return this.reports.searchBy(request.context.connection.misc.tenant, field, value);
  }

  async searchSafe(request: KuzzleRequest) {
    const value = request.getString('value');
    return this.reports.searchByTitle(request.context.connection.misc.tenant, value);
  }

  async render(request: KuzzleRequest) {
    const name = request.getString('name');
    const format = request.input.args.format || 'pdf';
    return this.renderer.render(name, format, request.getBody());
  }

  async renderSafe(request: KuzzleRequest) {
    const name = request.getString('name');
    return this.renderer.renderChecked(name, request.getBody());
  }

  async pull(request: KuzzleRequest) {
    const source = request.getBodyString('source');
    return this.reports.pullRemote(source);
  }
}
