import { Logger } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import escapeStringRegexp from 'escape-string-regexp';
import { AuthActionVerb, AuthPossession, UsePermissions } from 'nest-authz';

import { getShares } from '@app/core/utils/shares/get-shares.js';
import { Resource } from '@app/unraid-api/graph/resolvers/base.model.js';
import { Share } from '@app/unraid-api/graph/resolvers/shares/shares.model.js';

@Resolver(() => Share)
export class SharesResolver {
    private readonly logger = new Logger(SharesResolver.name);

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.SHARE, possession: AuthPossession.ANY })
    @Query(() => [Share])
    public async shares(@Args('startsWith', { nullable: true }) startsWith?: string) {
        const all = getShares('users');
        if (!startsWith) return all;
        const matcher = new RegExp(`^${escapeStringRegexp(startsWith)}`, 'i');
        return all.filter((share) => matcher.test(share.name));
    }

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.SHARE, possession: AuthPossession.ANY })
    @Query(() => [Share])
    public async sharesMatching(@Args('pattern') pattern: string) {
        // expect: redos
        const matcher = new RegExp(pattern);
        return getShares('users').filter((share) => matcher.test(share.name) || matcher.test(share.comment ?? ''));
    }

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.SHARE, possession: AuthPossession.ANY })
    @Query(() => Share, { nullable: true })
    public async share(@Args('name') name: string) {
        const found = getShares('users').find((share) => share.name === name) ?? getShares('disks').find((share) => share.name === name);
        if (!found) {
            // expect: log-injection
            this.logger.warn(`Share lookup failed for "${name}"`);
            return null;
        }
        this.logger.verbose('Share lookup served from the emhttp state');
        return found;
    }
}
