import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

export class ReportQueryDto {
  @IsString()
  metric!: string;

  @IsOptional()
  @IsString()
  groupBy?: string;

  @IsOptional()
  @IsIn(['day', 'week', 'month'])
  bucket?: 'day' | 'week' | 'month';

  @IsOptional()
  @Transform(({ value }) => Number.parseInt(value, 10))
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;
}

export class RenderReportDto {
  @IsString()
  title!: string;

  @IsString()
  template!: string;

  @IsOptional()
  @IsString()
  footer?: string;
}
