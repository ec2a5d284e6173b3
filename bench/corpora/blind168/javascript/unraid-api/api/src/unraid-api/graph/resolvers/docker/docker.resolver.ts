import { Args, Int, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';

import { AuthActionVerb, AuthPossession, UsePermissions } from 'nest-authz';

import { Resource } from '@app/unraid-api/graph/resolvers/base.model.js';
import { Docker, DockerContainer, DockerContainerLogs } from '@app/unraid-api/graph/resolvers/docker/docker.model.js';
import { DockerService } from '@app/unraid-api/graph/resolvers/docker/docker.service.js';

@Resolver(() => Docker)
export class DockerResolver {
    constructor(private readonly dockerService: DockerService) {}

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.DOCKER, possession: AuthPossession.ANY })
    @Query(() => Docker)
    public docker() {
        return { id: 'docker' };
    }

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.DOCKER, possession: AuthPossession.ANY })
    @ResolveField(() => [DockerContainer])
    public async containers(@Args('skipCache', { defaultValue: false }) skipCache: boolean) {
        return this.dockerService.getContainers({ skipCache });
    }

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.DOCKER, possession: AuthPossession.ANY })
    @ResolveField(() => DockerContainerLogs)
    public async containerLogs(
        @Args('id') id: string,
        @Args('tail', { type: () => Int, defaultValue: 200 }) tail: number
    ) {
        return this.dockerService.getContainerLogs(id, tail);
    }

    @UsePermissions({ action: AuthActionVerb.READ, resource: Resource.DOCKER, possession: AuthPossession.ANY })
    @ResolveField(() => DockerContainerLogs)
    public async containerLogsByName(
        @Args('name') name: string,
        @Args('since', { nullable: true }) since?: string
    ) {
        return this.dockerService.getContainerLogsByName(name, since);
    }

    @ResolveField(() => Int)
    public async runningCount(@Parent() _docker: Docker) {
        const containers = await this.dockerService.getContainers({ skipCache: false });
        return containers.filter((c) => c.state === 'RUNNING').length;
    }
}
