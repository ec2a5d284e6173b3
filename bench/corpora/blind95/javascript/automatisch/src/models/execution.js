import Base from './base.js';

class Execution extends Base {
  static tableName = 'executions';

  static get relationMappings() {
    return {
      flow: { relation: Base.BelongsToOneRelation, modelClass: () => require('./flow.js').default, join: { from: 'executions.flow_id', to: 'flows.id' } },
    };
  }
}

export default Execution;
