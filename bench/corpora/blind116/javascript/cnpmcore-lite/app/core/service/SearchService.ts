import { AccessLevel, SingletonProto, Inject } from '@eggjs/tegg';
import { PackageRepository } from '../../repository/PackageRepository';

@SingletonProto({ accessLevel: AccessLevel.PUBLIC })
export class SearchService {
  @Inject()
  private readonly packageRepository: PackageRepository;

  async searchPackages(keyword: string, limit: number) {
    const scoped = keyword.startsWith('@') ? keyword.slice(1) : keyword;
    return await this.packageRepository.searchByName(scoped, limit);
  }

  async findExact(name: string) {
    return await this.packageRepository.findByName(name);
  }
}
