import 'reflect-metadata'
import { DataSource } from 'typeorm'
import { Metric } from './entities/Metric'

export const dataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Metric],
  synchronize: false,
})

export async function ensureInitialized() {
  if (!dataSource.isInitialized) {
    await dataSource.initialize()
  }
  return dataSource
}
