import { ApiPropertyOptional } from "@nestjs/swagger";
import { Type } from "class-transformer";
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from "class-validator";

export class PullRequestPageOptionsDto {
  @ApiPropertyOptional({ description: "Comma-separated repository ids", example: "71359796,15325436" })
  @IsString()
  @MaxLength(500)
  @IsOptional()
  readonly repoIds?: string;

  @ApiPropertyOptional({ enum: ["open", "closed", "merged"] })
  @IsIn(["open", "closed", "merged"])
  @IsOptional()
  readonly status?: string;

  @ApiPropertyOptional({ description: "GitHub login of the author" })
  @IsString()
  @IsOptional()
  readonly contributor?: string;

  @ApiPropertyOptional({ description: "Repository topic" })
  @IsString()
  @IsOptional()
  readonly topic?: string;

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
