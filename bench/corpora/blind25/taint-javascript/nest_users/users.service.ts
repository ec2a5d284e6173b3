import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findOne(id: number) {
    return this.users.findOneBy({ id });
  }

  search(name: string, role = 'member') {
    // expect: sql-injection
    return this.users.query(`SELECT id, name FROM users WHERE name LIKE '%${name}%' AND role = '${role}'`);
  }

  searchSafe(name: string, role = 'member') {
    return this.users.createQueryBuilder('u').where('u.name LIKE :name', { name: `%${name}%` }).andWhere('u.role = :role', { role }).getMany();
  }

  orderBy(column: string) {
    // expect: sql-injection
    return this.users.createQueryBuilder('u').orderBy(column).getMany();
  }
}
