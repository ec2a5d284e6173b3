import { Entity, model, property } from '@loopback/repository';

@model()
export class Todo extends Entity {
  @property({ type: 'number', id: true, generated: true })
  id?: number;

  @property({ type: 'string', required: true })
  title: string;

  @property({ type: 'string' })
  desc?: string;

  @property({ type: 'boolean' })
  isComplete?: boolean;

  @property({ type: 'string' })
  remindAtAddress?: string;

  @property({ type: 'string' })
  remindAtGeo?: string;

  @property({ type: 'string' })
  callbackUrl?: string;

  @property({ type: 'string' })
  tag?: string;

  constructor(data?: Partial<Todo>) {
    super(data);
  }
}

export interface TodoRelations {}
export type TodoWithRelations = Todo & TodoRelations;
