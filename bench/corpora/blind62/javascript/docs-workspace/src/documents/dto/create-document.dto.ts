import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateDocumentDto {
  @IsString()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @IsString()
  folder?: string;

  @IsString()
  content: string;
}

export class ListDocumentsQuery {
  @IsOptional()
  @IsString()
  folder?: string;

  @IsOptional()
  @IsString()
  q?: string;
}
