import { IsObject, IsOptional, IsString } from 'class-validator';

export class SearchSubscribersRequestDto {
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
}

export class BulkSubscribersRequestDto {
  @IsOptional()
  @IsString()
  expression?: string;

  @IsOptional()
  @IsString()
  locale?: string;
}
