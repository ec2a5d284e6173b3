import { IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';

export class UploadCustomTutorialDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @IsOptional()
  @IsString()
  link?: string;
}

export class UploadTrustedTutorialDto {
  @IsUrl({ protocols: ['https'], host_whitelist: ['raw.githubusercontent.com', 'github.com'], require_host: true })
  link: string;
}
