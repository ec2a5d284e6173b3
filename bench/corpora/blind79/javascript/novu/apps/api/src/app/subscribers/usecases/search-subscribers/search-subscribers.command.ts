import { IsDefined, IsMongoId, IsObject, IsOptional, IsString } from 'class-validator';

export abstract class EnvironmentCommand {
  @IsDefined()
  @IsMongoId()
  environmentId: string;

  @IsDefined()
  @IsMongoId()
  organizationId: string;

  static create<T extends EnvironmentCommand>(this: new () => T, data: Partial<T>): T {
    const command = new this();
    Object.assign(command, data);
    return command;
  }
}

export class SearchSubscribersCommand extends EnvironmentCommand {
  @IsOptional()
  @IsString()
  search?: string;

  @IsOptional()
  @IsString()
  email?: string;

  @IsOptional()
  @IsString()
  orderBy?: string;

  @IsOptional()
  @IsObject()
  filter?: Record<string, unknown>;

  @IsOptional()
  @IsString()
  expression?: string;
}
