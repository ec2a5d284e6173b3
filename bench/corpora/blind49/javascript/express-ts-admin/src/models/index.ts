import { DataTypes, Model, Sequelize } from 'sequelize';

export const sequelize = new Sequelize(process.env.DATABASE_URL ?? 'postgres://admin@localhost/admin', {
  logging: false,
});

export class User extends Model {
  declare id: number;
  declare email: string;
  declare org: string;
  declare role: string;
}

User.init(
  {
    email: { type: DataTypes.STRING, allowNull: false, unique: true },
    org: { type: DataTypes.STRING, allowNull: false },
    role: { type: DataTypes.STRING, defaultValue: 'member' },
  },
  { sequelize, tableName: 'users' },
);
