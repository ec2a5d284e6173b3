import { Injectable, Logger } from '@nestjs/common';
import { SubscriberRepository } from '@novu/dal';
import { SearchSubscribersCommand } from './search-subscribers.command';

const ORDERABLE_FIELDS = ['createdAt', 'email', 'firstName', 'lastName'] as const;

@Injectable()
export class SearchSubscribers {
  private readonly logger = new Logger(SearchSubscribers.name);

  constructor(private subscriberRepository: SubscriberRepository) {}

  async execute(command: SearchSubscribersCommand) {
    const orderBy = (ORDERABLE_FIELDS as readonly string[]).includes(command.orderBy ?? '') ? command.orderBy : 'createdAt';

    if (command.expression) {
      this.logger.debug(`expression search in ${command.environmentId}`);
      return this.subscriberRepository.searchByExpression(command.environmentId, command.expression);
    }

    if (command.filter) {
      return this.subscriberRepository.searchByFilter(command.environmentId, command.filter);
    }

    return this.subscriberRepository.searchByText(command.environmentId, {
      search: command.search ?? '',
      email: command.email,
      orderBy: orderBy as string,
    });
  }
}
