import { Controller, Get, Param, ParseIntPipe, Query } from "@nestjs/common";
import { ApiOkResponse, ApiOperation, ApiTags } from "@nestjs/swagger";
import { RepoService } from "./repo.service";
import { RepoSearchOptionsDto } from "./dtos/repo-search-options.dto";
import { DbRepo } from "./repo.entity";

@Controller("repos")
@ApiTags("Repository service")
export class RepoController {
  constructor(private readonly repoService: RepoService) {}

  @Get("/search")
  @ApiOperation({ operationId: "findAllReposWithFilters", summary: "Finds repos matching the filters" })
  @ApiOkResponse({ type: DbRepo, isArray: true })
  async findAllWithFilters(@Query() pageOptionsDto: RepoSearchOptionsDto) {
    return this.repoService.findAllWithFilters(pageOptionsDto);
  }

  @Get("/:id")
  @ApiOperation({ operationId: "findOneById", summary: "Finds a repo by :id" })
  async findOneById(@Param("id", ParseIntPipe) id: number) {
    return this.repoService.findOneById(id);
  }

  @Get("/:owner/:repo")
  @ApiOperation({ operationId: "findOneByOwnerAndRepo", summary: "Finds a repo by :owner and :repo" })
  async findOneByOwnerAndRepo(@Param("owner") owner: string, @Param("repo") repo: string) {
    return this.repoService.findOneByOwnerAndRepo(owner, repo);
  }
}
