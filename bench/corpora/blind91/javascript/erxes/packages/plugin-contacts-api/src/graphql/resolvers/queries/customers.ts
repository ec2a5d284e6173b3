import { checkPermission, requireLogin } from '@erxes/api-utils/src/permissions';

import { IContext } from '../../../connectionResolver';
import { CustomerQueryBuilder, IListArgs } from '../../../models/queryBuilder';

const customerQueries = {
  async customers(_root, params: IListArgs, { models }: IContext) {
    const qb = new CustomerQueryBuilder(models, params);
    return qb.runQueries();
  },

  async customerDetail(_root, { _id }: { _id: string }, { models }: IContext) {
    return models.Customers.findOne({ _id: String(_id) });
  },
};

requireLogin(customerQueries, 'customerDetail');
checkPermission(customerQueries, 'customers', 'showCustomers', []);

export default customerQueries;
