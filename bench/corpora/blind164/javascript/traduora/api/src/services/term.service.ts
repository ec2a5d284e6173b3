import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, EntityManager } from 'typeorm';
import { Term } from '../entity/term.entity';

const SORT_COLUMNS: Record<string, string> = {
  value: 'term.value',
  date: 'term.date',
  translated: 'term.translatedCount',
};

@Injectable()
export default class TermService {
  constructor(
    @InjectRepository(Term) private termRepo: Repository<Term>,
    private entityManager: EntityManager,
  ) {}

  async list(projectId: string, sort?: string, order?: string) {
    return this.termRepo
      .createQueryBuilder('term')
      .leftJoinAndSelect('term.labels', 'label')
      .where('term.projectId = :projectId', { projectId })
      .orderBy(SORT_COLUMNS[sort ?? 'date'] ?? 'term.date', order === 'asc' ? 'ASC' : 'DESC')
      .getMany();
  }

  async search(projectId: string, q: string) {
    const qb = this.termRepo.createQueryBuilder('term').where('term.projectId = :projectId', { projectId });
    // expect: sql-injection
    qb.andWhere(`(term.value ILIKE '%${q}%' OR term.context ILIKE '%${q}%')`);
    return qb.limit(100).getMany();
  }

  async byLabel(projectId: string, labelId: string) {
    return this.termRepo
      .createQueryBuilder('term')
      .innerJoin('term.labels', 'label')
      .where('term.projectId = :projectId', { projectId })
      .andWhere('label.id = :labelId', { labelId })
      .getMany();
  }

  async searchByPrefix(projectId: string, prefix: string) {
    return this.termRepo
      .createQueryBuilder('term')
      .where('term.projectId = :projectId', { projectId })
      .andWhere('term.value ILIKE :prefix', { prefix: `${prefix.replace(/[%_\\]/g, '\\$&')}%` })
      .limit(100)
      .getMany();
  }

  async countTranslated(projectId: string) {
    const rows = await this.entityManager.query(
      `SELECT l.code AS locale, count(t.id) AS translated
         FROM project_locale pl JOIN locale l ON l.code = pl.localeCode
         LEFT JOIN translation t ON t.projectLocaleId = pl.id AND t.value <> ''
        WHERE pl.projectId = $1 GROUP BY l.code`,
      [projectId],
    );
    return rows.map((r) => ({ locale: r.locale, translated: Number(r.translated) }));
  }
}
