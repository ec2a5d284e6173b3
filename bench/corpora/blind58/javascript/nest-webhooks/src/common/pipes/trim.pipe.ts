import { ArgumentMetadata, BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Trims a string parameter and rejects empty values. */
@Injectable()
export class TrimPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value !== 'string' || value.trim() === '') {
      throw new BadRequestException(`${metadata.data ?? 'value'} is required`);
    }
    return value.trim();
  }
}

/** Accepts only lowercase slugs such as "billing-events". */
@Injectable()
export class SlugPipe implements PipeTransform<unknown, string> {
  transform(value: unknown): string {
    if (typeof value !== 'string' || !/^[a-z0-9-]{1,40}$/.test(value)) {
      throw new BadRequestException('invalid slug');
    }
    return value;
  }
}
