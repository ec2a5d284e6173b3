import { prop } from '@typegoose/typegoose';

export class User {
  @prop({ required: true })
  public name: string;

  @prop()
  public email?: string;

  @prop({ default: 'member' })
  public role?: string;
}
