import { IsOptional, IsString, IsUUID, IsIn, IsUrl } from 'class-validator';

export class SearchPageDto {
  @IsString()
  query: string;

  @IsUUID()
  spaceId: string;

  @IsOptional()
  @IsIn(['title', 'updatedAt', 'createdAt'])
  sortBy?: string;
}

export class ExportPageDto {
  @IsUUID()
  pageId: string;

  @IsOptional()
  @IsString()
  title?: string;
}

export class EmbedPreviewDto {
  @IsUrl()
  url: string;
}
