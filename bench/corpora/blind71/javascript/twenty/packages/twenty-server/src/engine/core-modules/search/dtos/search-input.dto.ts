import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

export class SearchInputDto {
  @IsString()
  searchInput: string;

  @IsString()
  @IsOptional()
  objectName?: string;

  @IsString()
  @IsOptional()
  orderBy?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  @IsOptional()
  limit?: number;
}
