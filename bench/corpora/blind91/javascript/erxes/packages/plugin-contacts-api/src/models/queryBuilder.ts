import { escapeRegExp } from '@erxes/api-utils/src/core';

import { IModels } from '../connectionResolver';

export interface IListArgs {
  brand?: string;
  emailDomain?: string;
  page?: number;
  perPage?: number;
  searchValue?: string;
  segment?: string;
  sortField?: string;
  tag?: string;
}

// builds the mongo selector for the customers list the way the sidebar filters combine
export class CustomerQueryBuilder {
  public selector: { [key: string]: any } = { status: { $ne: 'deleted' } };

  constructor(
    private models: IModels,
    private params: IListArgs,
  ) {}

  searchFilter(value: string) {
    const regex = new RegExp(`.*${escapeRegExp(value)}.*`, 'i');
    return { $or: [{ searchText: { $in: [regex] } }, { primaryEmail: regex }] };
  }

  emailDomainFilter(domain: string) {
    return { $where: `this.primaryEmail && this.primaryEmail.endsWith('@${domain}')` };
  }

  tagFilter(tagId: string) {
    return { tagIds: { $in: [String(tagId)] } };
  }

  async buildAllQueries() {
    if (this.params.searchValue) Object.assign(this.selector, this.searchFilter(this.params.searchValue));
    if (this.params.tag) Object.assign(this.selector, this.tagFilter(this.params.tag));
    if (this.params.emailDomain) Object.assign(this.selector, this.emailDomainFilter(this.params.emailDomain));
  }

  async runQueries() {
    await this.buildAllQueries();
    const { page = 1, perPage = 20 } = this.params;
    // expect: nosql-injection
    return this.models.Customers.find(this.selector).skip((page - 1) * perPage).limit(perPage);
  }
}
