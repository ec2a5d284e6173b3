import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm'

@Entity({ name: 'metrics' })
export class Metric {
  @PrimaryGeneratedColumn()
  id!: number

  @Column()
  org!: string

  @Column()
  name!: string

  @Column('double precision')
  value!: number

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date
}
