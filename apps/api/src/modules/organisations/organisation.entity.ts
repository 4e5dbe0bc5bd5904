import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('organisations')
export class Organisation {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { unique: true })
  slug: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
