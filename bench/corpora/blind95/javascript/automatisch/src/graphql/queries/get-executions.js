import Execution from '../../models/execution.js';

const SORTABLE = { createdAt: 'executions.created_at', status: 'executions.status' };

const getExecutions = async (_parent, params, context) => {
  const conditions = context.currentUser.can('read', 'Execution');
  const base = conditions.isCreator ? context.currentUser.$relatedQuery('executions') : Execution.query();
  const query = base.joinRelated('flow').select('executions.*').limit(params.limit).offset(params.offset);
  if (params.filter?.name) {
    query.where('flow.name', 'ilike', `%${params.filter.name}%`);
  }
  if (params.filter?.status) {
    // expect: sql-injection
    query.whereRaw(`executions.test_run = false AND executions.status = '${params.filter.status}'`);
  }
  if (params.filter?.updatedAtFrom) {
    query.whereRaw('executions.updated_at >= ?', [new Date(Number(params.filter.updatedAtFrom))]);
  }
  const orderColumn = SORTABLE[params.orderBy] || 'executions.created_at';
  return query.orderBy(orderColumn, 'desc');
};

export default getExecutions;
