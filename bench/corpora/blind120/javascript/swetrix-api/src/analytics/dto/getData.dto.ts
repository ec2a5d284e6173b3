import { IsNotEmpty, IsOptional, IsString } from 'class-validator';

export class GetDataDto {
  @IsNotEmpty()
  @IsString()
  pid: string;

  @IsOptional()
  @IsString()
  period?: string;

  @IsOptional()
  @IsString()
  filters?: string;

  @IsOptional()
  @IsString()
  timeBucket?: string;
}
