import { Router, type Request, type Response, type NextFunction } from 'express';
import { BillingService, type StatementRequest } from '../services/billingService';

const service = new BillingService();
export const billingRouter = Router();

const wrap =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).then((body) => res.json(body)).catch(next);

billingRouter.get(
  '/customers/:customerId/statement',
  wrap(async (req) => {
    const statementReq: StatementRequest = {
      customerId: req.params.customerId,
      status: req.query.status as string | undefined,
      currency: req.query.currency as string | undefined,
      provider: req.query.provider as string | undefined,
    };
    return service.statement(statementReq);
  }),
);

billingRouter.get(
  '/customers/:customerId/statement-bound',
  wrap(async (req) => service.statementBound({ customerId: req.params.customerId, status: req.query.status as string })),
);

billingRouter.get('/overdue', wrap(async (req) => service.overdue(req.query.days as string | undefined)));

billingRouter.get('/totals', wrap(async (req) => service.totals(String(req.query.by ?? 'status'), req.query.strict === '1')));

billingRouter.get('/invoices/:number', wrap(async (req) => service.invoice(req.params.number)));

billingRouter.get('/legacy-rates', wrap(async (req) => service.legacy(req.get('x-rates-mirror'))));
