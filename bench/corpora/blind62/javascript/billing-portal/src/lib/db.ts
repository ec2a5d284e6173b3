import { Sequelize, QueryTypes } from 'sequelize';

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'mysql://billing@127.0.0.1/billing', {
  logging: false,
  pool: { max: 10, idle: 10_000 },
});

export { QueryTypes };
