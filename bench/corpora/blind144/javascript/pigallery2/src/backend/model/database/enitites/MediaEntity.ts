import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class MediaEntity {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column()
  name: string;

  @Column('simple-array', { nullable: true })
  keywords: string[];
}
