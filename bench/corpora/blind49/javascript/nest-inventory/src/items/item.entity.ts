import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'items' })
export class Item {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  sku: string;

  @Column()
  name: string;

  @Column({ default: 0 })
  quantity: number;

  @Column({ nullable: true })
  warehouse: string;

  @CreateDateColumn()
  createdAt: Date;
}
