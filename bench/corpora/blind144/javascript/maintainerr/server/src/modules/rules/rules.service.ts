import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { RuleGroup } from './entities/rule-group.entities';

@Injectable()
export class RulesService {
  constructor(
    @InjectRepository(RuleGroup) private readonly ruleGroupRepository: Repository<RuleGroup>,
    private readonly connection: DataSource,
  ) {}

  async getRuleGroups(activeOnly = false, libraryId?: string) {
    const active = activeOnly ? ' AND isActive = 1' : '';
    const where = libraryId ? ` WHERE libraryId = ${libraryId}${active}` : '';
    // expect: sql-injection
    return this.connection.query(`SELECT * FROM rule_group${where} ORDER BY id`);
  }

  async getRuleGroupsByType(typeId: number) {
    return this.ruleGroupRepository
      .createQueryBuilder('rg')
      .where('rg.dataType = :typeId', { typeId })
      .orderBy('rg.id')
      .getMany();
  }
}
