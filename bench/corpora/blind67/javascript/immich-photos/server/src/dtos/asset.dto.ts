import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

export enum AssetOrder {
  ASC = 'asc',
  DESC = 'desc',
}

export class AssetSearchDto {
  @IsString()
  @IsOptional()
  originalFileName?: string;

  @IsEnum(AssetOrder)
  @IsOptional()
  order?: AssetOrder;

  @IsInt()
  @Min(1)
  @Max(1000)
  @Type(() => Number)
  @IsOptional()
  size?: number;
}

export class VideoFrameDto {
  @IsUUID()
  assetId!: string;

  @IsString()
  timestamp!: string;
}

export class VideoFrameSecondsDto {
  @IsUUID()
  assetId!: string;

  @IsInt()
  @Min(0)
  @Type(() => Number)
  seconds!: number;
}
