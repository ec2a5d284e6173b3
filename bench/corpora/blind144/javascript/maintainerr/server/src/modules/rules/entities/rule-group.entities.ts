import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity()
export class RuleGroup {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  name: string;

  @Column()
  libraryId: number;

  @Column({ nullable: true })
  dataType: number;

  @Column({ default: true })
  isActive: boolean;
}
