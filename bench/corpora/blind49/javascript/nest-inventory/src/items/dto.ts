import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class ListItemsQuery {
  @IsOptional()
  @IsString()
  warehouse?: string;

  @IsOptional()
  @IsIn(['name', 'sku', 'quantity', 'createdAt'])
  sort?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  take?: number;
}

export class AdjustDto {
  @IsString()
  sku: string;

  @Type(() => Number)
  @IsInt()
  delta: number;

  @IsOptional()
  @IsString()
  reason?: string;
}
