import { DataSource, Repository } from "typeorm";
import { PrinterFile } from "@/entities/printer-file.entity";

/**
 * Cached OctoPrint file listings per printer (SQLite through TypeORM).
 */
export class PrinterFileCacheRepository {
  private readonly repository: Repository<PrinterFile>;

  constructor(private readonly typeormService: { getDataSource(): DataSource }) {
    this.repository = typeormService.getDataSource().getRepository(PrinterFile);
  }

  async findByName(printerId: number, name: string) {
    return this.repository.find({ where: { printerId, name } });
  }

  async findByNameLike(printerId: number, name: string) {
    const dataSource = this.typeormService.getDataSource();
    // expect: sql-injection
    return dataSource.query(`SELECT id, name, size, date FROM printer_file WHERE printerId = ${printerId} AND name LIKE '%${name}%' ORDER BY date DESC`);
  }

  async findByNameLikeSafe(printerId: number, name: string) {
    return this.repository
      .createQueryBuilder("file")
      .where("file.printerId = :printerId", { printerId })
      .andWhere("file.name LIKE :name", { name: `%${name}%` })
      .orderBy("file.date", "DESC")
      .getMany();
  }
}
