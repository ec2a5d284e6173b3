import { ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUrl, MaxLength } from "class-validator";

export class CreateInsightDto {
  @ApiProperty({ description: "Insight page name", example: "My Team" })
  @IsString()
  @MaxLength(120)
  readonly name: string;

  @ApiProperty({ description: "Whether the insight page is public" })
  @IsBoolean()
  readonly is_public: boolean;

  @ApiProperty({ description: "Repository ids to track", type: [Number] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  readonly ids: number[];

  @ApiPropertyOptional({ description: "GitHub logins of the team members", type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(39, { each: true })
  @IsOptional()
  readonly contributors?: string[];

  @ApiPropertyOptional({ description: "Webhook that receives the weekly digest", example: "https://hooks.slack.com/services/..." })
  @IsUrl({ require_protocol: true })
  @IsOptional()
  readonly notify_url?: string;
}
