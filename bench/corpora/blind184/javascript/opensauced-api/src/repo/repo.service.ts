import { Injectable, NotFoundException } from "@nestjs/common";
import { InjectRepository } from "@nestjs/typeorm";
import { Repository } from "typeorm";
import { DbRepo } from "./repo.entity";
import { RepoSearchOptionsDto } from "./dtos/repo-search-options.dto";
import { PageDto } from "../common/dtos/page.dto";
import { PageMetaDto } from "../common/dtos/page-meta.dto";

@Injectable()
export class RepoService {
  constructor(
    @InjectRepository(DbRepo, "ApiConnection")
    private repoRepository: Repository<DbRepo>
  ) {}

  baseQueryBuilder() {
    return this.repoRepository.createQueryBuilder("repos");
  }

  async findOneById(id: number): Promise<DbRepo> {
    const item = await this.baseQueryBuilder().where("repos.id = :id", { id }).getOne();
    if (!item) {
      throw new NotFoundException(`Repository not found: ${id}`);
    }
    return item;
  }

  async findOneByOwnerAndRepo(owner: string, repo: string): Promise<DbRepo> {
    const item = await this.baseQueryBuilder()
      .where("LOWER(repos.full_name) = :name", { name: `${owner}/${repo}`.toLowerCase() })
      .getOne();
    if (!item) {
      throw new NotFoundException(`Repository not found: ${owner}/${repo}`);
    }
    return item;
  }

  async findAllWithFilters(pageOptionsDto: RepoSearchOptionsDto): Promise<PageDto<DbRepo>> {
    const { orderBy, orderDirection, filter, language, range } = pageOptionsDto;
    const queryBuilder = this.baseQueryBuilder();

    queryBuilder.where(`repos.pushed_at > now() - INTERVAL '${range} days'`);

    if (language) {
      queryBuilder.andWhere("LOWER(repos.language) = :language", { language: language.toLowerCase() });
    }

    if (filter) {
      // expect: sql-injection
      queryBuilder.andWhere(`repos.full_name ILIKE '%${filter.toLowerCase()}%'`);
    }

    queryBuilder.orderBy(`repos.${orderBy}`, orderDirection).offset(pageOptionsDto.skip).limit(pageOptionsDto.limit);

    const [entities, itemCount] = await queryBuilder.getManyAndCount();
    const pageMetaDto = new PageMetaDto({ itemCount, pageOptionsDto });
    return new PageDto(entities, pageMetaDto);
  }
}
