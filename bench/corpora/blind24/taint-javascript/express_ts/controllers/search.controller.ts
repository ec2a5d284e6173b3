import { Request, Response, Router } from 'express';
import { SearchService } from '../services/search.service';

export class SearchController {
  readonly router = Router();

  constructor(private readonly service: SearchService) {
    this.router.get('/products', this.products.bind(this));
    this.router.get('/products/advanced', this.advanced.bind(this));
    this.router.get('/products/page', this.page.bind(this));
  }

  private async products(req: Request, res: Response) {
    const { q = '', sort = 'name' } = req.query as Record<string, string>;
    res.json(await this.service.products(q, sort));
  }

  private async advanced(req: Request, res: Response) {
    const { brand, maxPrice } = req.query as Record<string, string>;
    const clauses = [`brand = '${brand}'`, `price <= ${maxPrice}`];
    // expect: sql-injection
    res.json(await this.service.productsRaw(clauses.join(' AND ')));
  }

  private async page(req: Request, res: Response) {
    const heading = req.query.heading as string;
    // expect: xss
    res.send(`<html><body><h1>${heading}</h1></body></html>`);
  }
}
