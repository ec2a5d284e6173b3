import { ApiPropertyOptional } from "@nestjs/swagger";
import { Type } from "class-transformer";
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min } from "class-validator";
import { OrderDirectionEnum } from "../../common/constants/order-direction.constant";

export enum RepoOrderFieldsEnum {
  stars = "stars",
  forks = "forks",
  pushed_at = "pushed_at",
  updated_at = "updated_at",
}

export class RepoSearchOptionsDto {
  @ApiPropertyOptional({ enum: RepoOrderFieldsEnum, default: RepoOrderFieldsEnum.stars })
  @IsEnum(RepoOrderFieldsEnum)
  @IsOptional()
  readonly orderBy?: RepoOrderFieldsEnum = RepoOrderFieldsEnum.stars;

  @ApiPropertyOptional({ enum: OrderDirectionEnum, default: OrderDirectionEnum.DESC })
  @IsEnum(OrderDirectionEnum)
  @IsOptional()
  readonly orderDirection?: OrderDirectionEnum = OrderDirectionEnum.DESC;

  @ApiPropertyOptional({ description: "Substring of owner/name", example: "open-sauced" })
  @IsString()
  @MaxLength(100)
  @IsOptional()
  readonly filter?: string;

  @ApiPropertyOptional({ description: "Primary language", example: "typescript" })
  @IsString()
  @IsOptional()
  readonly language?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 90, default: 30 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  @IsOptional()
  readonly range?: number = 30;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @IsOptional()
  readonly page?: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 10 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  @IsOptional()
  readonly limit?: number = 10;

  get skip(): number {
    return ((this.page ?? 1) - 1) * (this.limit ?? 10);
  }
}
