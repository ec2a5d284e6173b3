import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { InjectRepository } from '@nestjs/typeorm';
import { firstValueFrom } from 'rxjs';
import { Repository } from 'typeorm';
import { execFile } from 'child_process';
import { Order } from './order.entity';

const FORMATS = new Set(['csv', 'json']);

@Injectable()
export class OrdersService {
  constructor(
    @InjectRepository(Order) private readonly repo: Repository<Order>,
    private readonly http: HttpService,
  ) {}

  async findOne(id: number) {
    const order = await this.repo.findOneBy({ id });
    if (!order) throw new NotFoundException();
    return order;
  }

  search(customer: string, status: string) {
    return this.repo.query(
      // expect: sql-injection
      `SELECT * FROM orders WHERE customer = '${customer}' AND status = $1`,
      [status],
    );
  }

  byReference(ref: string) {
    return this.repo
      .createQueryBuilder('o')
      .where('o.reference = :ref', { ref })
      .getOne();
  }

  async export(customer: string, format: string, callbackUrl?: string) {
    if (!FORMATS.has(format)) throw new BadRequestException('format');
    execFile('order-export', ['--customer', customer, '--format', format]);
    if (callbackUrl) {
      // expect: ssrf
      await firstValueFrom(this.http.post(callbackUrl, { customer, format }));
    }
    return { queued: true };
  }
}
