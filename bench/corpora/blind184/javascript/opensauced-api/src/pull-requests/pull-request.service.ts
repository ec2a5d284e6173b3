import { Injectable } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { DbPullRequest } from "./entities/pull-request.entity";
import { PullRequestPageOptionsDto } from "./dtos/pull-request-page-options.dto";
import { PageDto } from "../common/dtos/page.dto";
import { PageMetaDto } from "../common/dtos/page-meta.dto";

@Injectable()
export class PullRequestService {
  constructor(
    @InjectRepository(DbPullRequest, "ApiConnection")
    private pullRequestRepository: Repository<DbPullRequest>
  ) {}

  baseQueryBuilder() {
    return this.pullRequestRepository.createQueryBuilder("pull_requests");
  }

  async findAllWithFilters(pageOptionsDto: PullRequestPageOptionsDto): Promise<PageDto<DbPullRequest>> {
    const range = pageOptionsDto.range ?? 30;
    const queryBuilder = this.baseQueryBuilder();

    queryBuilder.where(`pull_requests.updated_at > now() - INTERVAL '${range} days'`);

    if (pageOptionsDto.status) {
      queryBuilder.andWhere("pull_requests.state = :status", { status: pageOptionsDto.status });
    }

    if (pageOptionsDto.contributor) {
      queryBuilder.andWhere("LOWER(pull_requests.author_login) = :contributor", {
        contributor: pageOptionsDto.contributor.toLowerCase(),
      });
    }

    if (pageOptionsDto.repoIds) {
      const repoIds = pageOptionsDto.repoIds.split(",").map((id) => id.trim());
      // expect: sql-injection
      queryBuilder.andWhere(`pull_requests.repo_id IN (${repoIds.join(",")})`);
    }

    if (pageOptionsDto.topic) {
      queryBuilder.andWhere(":topic = ANY(\"repos\".\"topics\")", { topic: pageOptionsDto.topic });
    }

    queryBuilder.orderBy("pull_requests.updated_at", "DESC").offset(pageOptionsDto.skip).limit(pageOptionsDto.limit);

    const [entities, itemCount] = await queryBuilder.getManyAndCount();
    return new PageDto(entities, new PageMetaDto({ itemCount, pageOptionsDto }));
  }

  async countByRepoIds(repoIds: number[]): Promise<number> {
    return this.baseQueryBuilder()
      .where("pull_requests.repo_id IN (:...repoIds)", { repoIds })
      .getCount();
  }
}
