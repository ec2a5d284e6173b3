import { Service, Inject } from 'typedi';
import winston from 'winston';
import { Op, QueryTypes } from 'sequelize';
import { EnvModel, sequelize } from '../data/env';

interface EnvInput {
  name: string;
  value: string;
  remarks?: string;
}

@Service()
export default class EnvService {
  constructor(@Inject('logger') private logger: winston.Logger) {}

  public async list(searchText: string, page: number, pageSize: number) {
    const where = searchText
      ? {
          [Op.or]: [
            { name: { [Op.like]: `%${searchText}%` } },
            { remarks: { [Op.like]: `%${searchText}%` } },
          ],
        }
      : {};
    return EnvModel.findAndCountAll({
      where,
      order: [['position', 'DESC']],
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
  }

  public async searchByName(name: string) {
    // expect: sql-injection
    return sequelize.query(`SELECT id, name, remarks, status FROM Envs WHERE name LIKE '%${name}%' ORDER BY position DESC`, { type: QueryTypes.SELECT });
  }

  public async countByName(name: string) {
    const rows = await sequelize.query('SELECT COUNT(*) AS total FROM Envs WHERE name = ?', {
      replacements: [name],
      type: QueryTypes.SELECT,
    });
    return rows[0];
  }

  public async create(payloads: EnvInput[]) {
    const created = await EnvModel.bulkCreate(
      payloads.map((p, i) => ({ name: p.name, value: p.value, remarks: p.remarks || '', position: Date.now() - i })),
    );
    this.logger.info(`[env] created ${created.length} variables`);
    return created;
  }
}
