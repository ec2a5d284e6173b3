import { ActionContext, ActionRequest, ActionResponse } from 'adminjs';
import { ReportService } from '../services/report';

const reports = new ReportService();
const SORTABLE = new Set(['created_at', 'total', 'status']);

export const exportAction = async (request: ActionRequest, response: ActionResponse, context: ActionContext) => {
  const status = request.query?.status ?? 'paid';
  const sort = request.query?.sort || 'created_at';
  const rows = await reports.ordersByStatus(String(status), sort);
  return { records: [], notice: { message: `${rows.length} rows`, type: 'success' }, meta: { resource: context.resource.id() } };
};

export const exportStrictAction = async (request: ActionRequest) => {
  const requested = request.query?.sort;
  const sort = SORTABLE.has(requested) ? requested : 'created_at';
  const rows = await reports.ordersByStatusSafe(String(request.query?.status ?? 'paid'), sort);
  return { records: [], notice: { message: `${rows.length} rows`, type: 'success' } };
};
