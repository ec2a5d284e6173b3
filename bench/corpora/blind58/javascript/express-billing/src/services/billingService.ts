import { InvoiceDao } from '../dao/invoiceDao';
import { latestRates, legacyRates, ratesFrom } from '../clients/currencyClient';

const GROUP_FIELDS = ['status', 'currency', 'customer_id'] as const;

export interface StatementRequest {
  customerId: string;
  status?: string;
  currency?: string;
  provider?: string;
}

export class BillingService {
  constructor(private readonly dao = new InvoiceDao()) {}

  async statement(req: StatementRequest) {
    const status = req.status ?? 'open';
    const invoices = await this.dao.byCustomer(req.customerId, status);
    const rates = req.provider ? await ratesFrom(req.provider, req.currency ?? 'EUR') : await latestRates(req.currency ?? 'EUR');
    return { invoices, rates };
  }

  async statementBound(req: StatementRequest) {
    return this.dao.byCustomerBound(req.customerId, req.status ?? 'open');
  }

  async overdue(rawDays: string | undefined) {
    const days = Number.parseInt(rawDays ?? '30', 10);
    if (Number.isNaN(days) || days < 1) {
      throw Object.assign(new Error('days must be a positive integer'), { status: 400 });
    }
    return this.dao.overdue(days);
  }

  async totals(field: string, checked: boolean) {
    if (checked) {
      const safeField = (GROUP_FIELDS as readonly string[]).includes(field) ? field : 'status';
      return this.dao.totals(safeField);
    }
    return this.dao.totals(field);
  }

  async invoice(number: string) {
    return this.dao.byNumber(number);
  }

  async legacy(mirror: string | undefined) {
    return legacyRates(mirror || 'rates-mirror.internal');
  }
}
