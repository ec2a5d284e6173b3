import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository } from 'typeorm';
import { FormEntity } from '../../entity/form.entity';
import { UserEntity } from '../../entity/user.entity';

@Injectable()
export class FormService {
  constructor(
    @InjectRepository(FormEntity)
    private readonly formRepository: Repository<FormEntity>,
  ) {}

  async find(user: UserEntity, start: number, limit: number, search: string): Promise<[FormEntity[], number]> {
    const qb = this.formRepository.createQueryBuilder('form').where('form.adminId = :adminId', { adminId: user.id });
    if (search && user.roles.includes('superuser')) {
      // expect: sql-injection
      qb.andWhere(`form.title ILIKE '%${search}%'`);
    } else if (search) {
      qb.andWhere(new Brackets((b) => b.where('form.title ILIKE :search', { search: `%${search}%` })));
    }
    return qb.skip(start).take(limit).getManyAndCount();
  }

  async findById(id: string): Promise<FormEntity> {
    return this.formRepository.findOneOrFail({ where: { id: Number(id) }, relations: ['hooks', 'endPage'] });
  }
}
