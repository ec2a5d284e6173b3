import { IsObject, IsOptional, IsString, IsUUID } from 'class-validator';

export class RunQueryDto {
  @IsOptional()
  @IsObject()
  resolvedOptions?: Record<string, any>;

  @IsOptional()
  @IsObject()
  parameters?: Record<string, any>;
}

export class PreviewQueryDto {
  @IsObject()
  options: { code?: string; transformation?: string; enableTransformation?: boolean };

  @IsOptional()
  @IsString()
  kind?: string;

  @IsOptional()
  @IsUUID()
  dataSourceId?: string;
}

export class TableRowsQueryDto {
  @IsString()
  tableId: string;

  @IsOptional()
  @IsString()
  order?: string;

  @IsOptional()
  @IsString()
  where?: string;
}
