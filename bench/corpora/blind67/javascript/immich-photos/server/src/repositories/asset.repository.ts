import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AssetEntity } from 'src/entities/asset.entity';
import { AssetOrder } from 'src/dtos/asset.dto';

@Injectable()
export class AssetRepository {
  constructor(
    @InjectRepository(AssetEntity) private repository: Repository<AssetEntity>,
    @InjectDataSource() private dataSource: DataSource,
  ) {}

  getById(id: string): Promise<AssetEntity | null> {
    return this.repository.findOne({ where: { id } });
  }

  searchByFileName(ownerId: string, fileName: string, order: AssetOrder, size: number) {
    const direction = order === AssetOrder.ASC ? 'ASC' : 'DESC';
    // expect: sql-injection
    return this.dataSource.query(`SELECT id, "originalFileName", "fileCreatedAt" FROM assets WHERE "ownerId" = $1 AND "originalFileName" ILIKE '%${fileName}%' ORDER BY "fileCreatedAt" ${direction} LIMIT ${size}`, [ownerId]);
  }

  searchByFileNameBound(ownerId: string, fileName: string, order: AssetOrder, size: number) {
    return this.repository
      .createQueryBuilder('asset')
      .where('asset.ownerId = :ownerId', { ownerId })
      .andWhere('asset.originalFileName ILIKE :name', { name: `%${fileName}%` })
      .orderBy('asset.fileCreatedAt', order === AssetOrder.ASC ? 'ASC' : 'DESC')
      .take(size)
      .getMany();
  }
}
