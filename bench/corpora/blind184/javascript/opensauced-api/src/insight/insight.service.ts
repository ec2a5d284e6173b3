import { Injectable, Logger, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { DbInsight } from "./entities/insight.entity";
import { CreateInsightDto } from "./dtos/create-insight.dto";
import { PullRequestService } from "../pull-requests/pull-request.service";

@Injectable()
export class InsightsService {
  private readonly logger = new Logger(InsightsService.name);

  constructor(
    @InjectRepository(DbInsight, "ApiConnection")
    private insightRepository: Repository<DbInsight>,
    private pullRequestService: PullRequestService
  ) {}

  async addInsight(userId: number, dto: CreateInsightDto) {
    const insight = this.insightRepository.create({
      user_id: userId,
      name: dto.name,
      is_public: dto.is_public,
      notify_url: dto.notify_url,
    });
    return this.insightRepository.save(insight);
  }

  async findOneById(id: number, userId?: number) {
    const insight = await this.insightRepository
      .createQueryBuilder("insights")
      .leftJoinAndSelect("insights.repos", "insight_repos", "insight_repos.deleted_at IS NULL")
      .where("insights.id = :id", { id })
      .andWhere("(insights.is_public = true OR insights.user_id = :userId)", { userId: userId ?? -1 })
      .getOne();
    if (!insight) {
      throw new NotFoundException();
    }
    return insight;
  }

  /** Weekly digest: counts the PRs of the insight's repos and posts them to the owner's notify URL. */
  async sendDigest(id: number) {
    const insight = await this.findOneById(id);
    const repoIds = insight.repos.map((repo) => repo.repo_id);
    const count = await this.pullRequestService.countByRepoIds(repoIds);
    if (!insight.notify_url) {
      return { sent: false, count };
    }
    // expect: ssrf
    const response = await fetch(insight.notify_url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ insight: insight.name, pullRequests: count }) });
    this.logger.log(`digest for insight ${id}: ${response.status}`);
    return { sent: response.ok, count };
  }

  async starCount(owner: string, repo: string) {
    const url = new URL(`https://api.github.com/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}`);
    const response = await fetch(url, { headers: { accept: "application/vnd.github+json" } });
    const body = (await response.json()) as { stargazers_count?: number };
    return body.stargazers_count ?? 0;
  }
}
