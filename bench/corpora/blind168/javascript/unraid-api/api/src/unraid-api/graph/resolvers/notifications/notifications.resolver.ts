import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthActionVerb, AuthPossession, UsePermissions } from 'nest-authz';

import { Resource } from '@app/unraid-api/graph/resolvers/base.model.js';
import {
    Notification,
    NotificationType,
} from '@app/unraid-api/graph/resolvers/notifications/notifications.model.js';
import { NotificationsService } from '@app/unraid-api/graph/resolvers/notifications/notifications.service.js';

@Resolver(() => Notification)
export class NotificationsResolver {
    constructor(private readonly notificationsService: NotificationsService) {}

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.NOTIFICATIONS, possession: AuthPossession.ANY })
    @Query(() => [Notification])
    public async notifications(
        @Args('type', { type: () => NotificationType, defaultValue: NotificationType.UNREAD }) type: NotificationType,
        @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number
    ) {
        return this.notificationsService.list(type, Math.min(Math.max(limit, 1), 500));
    }

    @UsePermissions({ action: AuthActionVerb.UPDATE, resource: Resource.NOTIFICATIONS, possession: AuthPossession.ANY })
    @Mutation(() => Notification)
    public async archiveNotification(@Args('id') id: string) {
        return this.notificationsService.archive(id);
    }

    @UsePermissions({ action: AuthActionVerb.DELETE, resource: Resource.NOTIFICATIONS, possession: AuthPossession.ANY })
    @Mutation(() => Notification)
    public async deleteNotification(
        @Args('id') id: string,
        @Args('type', { type: () => NotificationType }) type: NotificationType
    ) {
        return this.notificationsService.deleteNotification(id, type);
    }
}
