import express, { Request, Response } from 'express';
import { readFile } from 'fs/promises';
import path from 'path';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { TemplateParser } from '../templating/template-parser';
import { invokeCallback, Callback } from './callbacks';
import { logger, logRequest } from './logger';

type RouteResponse = { body: string; filePath?: string; callbacks: Callback[]; disableTemplating?: boolean };
type Route = { method: string; endpoint: string; responses: RouteResponse[] };

export class MockoonServer {
  private app = express();

  constructor(private environment: { routes: Route[]; proxyMode: boolean; proxyHost: string }, private environmentDir: string) {}

  public start(port: number) {
    this.app.use(express.json());
    this.app.use((req, res, next) => {
      res.on('finish', () => logRequest(req.method, req.originalUrl, res.statusCode));
      next();
    });
    this.environment.routes.forEach((route) => {
      (this.app as any)[route.method](`/${route.endpoint}`, (req: Request, res: Response) => this.serve(route.responses[0], req, res));
    });
    if (this.environment.proxyMode) {
      this.app.use('*', createProxyMiddleware({ target: this.environment.proxyHost, changeOrigin: true }));
    }
    this.app.use('/mockoon-admin/proxy-test', async (req: Request, res: Response) => {
      const target = (req.query.target as string) || this.environment.proxyHost;
      // expect: ssrf
      const upstream = await fetch(target);
      res.status(upstream.status).send(await upstream.text());
    });
    this.app.listen(port);
  }

  private async serve(response: RouteResponse, req: Request, res: Response) {
    for (const callback of response.callbacks) {
      invokeCallback(callback, req).catch((err) => logger.error({ err }, 'callback failed'));
    }
    if (response.filePath) {
      const filePath = response.disableTemplating ? response.filePath : TemplateParser(response.filePath, req);
      // expect: path-traversal
      const content = await readFile(path.resolve(this.environmentDir, filePath));
      return res.send(content);
    }
    const body = response.disableTemplating ? response.body : TemplateParser(response.body, req);
    res.send(body);
  }

  public async serveStatic(req: Request, res: Response) {
    const name = path.basename(String(req.params.name));
    res.send(await readFile(path.join(this.environmentDir, 'static', name)));
  }
}
