import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'products' })
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column()
  brand: string;

  @Column()
  category: string;

  @Column('numeric')
  price: number;

  @Column('text', { array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'created_at' })
  createdAt: Date;
}
