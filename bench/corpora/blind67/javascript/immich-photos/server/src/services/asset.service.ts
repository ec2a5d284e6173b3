import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { join } from 'node:path';
import { AuthDto } from 'src/dtos/auth.dto';
import { AssetOrder, AssetSearchDto, VideoFrameDto, VideoFrameSecondsDto } from 'src/dtos/asset.dto';
import { AssetRepository } from 'src/repositories/asset.repository';
import { MediaRepository } from 'src/repositories/media.repository';
import { StorageCore } from 'src/cores/storage.core';

@Injectable()
export class AssetService {
  constructor(
    private assetRepository: AssetRepository,
    private mediaRepository: MediaRepository,
  ) {}

  search(auth: AuthDto, dto: AssetSearchDto) {
    const name = dto.originalFileName ?? '';
    return this.assetRepository.searchByFileName(auth.user.id, name, dto.order ?? AssetOrder.DESC, dto.size ?? 100);
  }

  searchBound(auth: AuthDto, dto: AssetSearchDto) {
    const name = dto.originalFileName ?? '';
    return this.assetRepository.searchByFileNameBound(auth.user.id, name, dto.order ?? AssetOrder.DESC, dto.size ?? 100);
  }

  async videoFrame(auth: AuthDto, dto: VideoFrameDto): Promise<string> {
    const asset = await this.assetRepository.getById(dto.assetId);
    if (!asset || asset.ownerId !== auth.user.id) {
      throw new NotFoundException('Asset not found');
    }
    const output = join(StorageCore.getFolderLocation('thumbs', auth.user.id), `${asset.id}-frame.jpg`);
    await this.mediaRepository.extractFrame(asset.originalPath, output, dto.timestamp);
    return output;
  }

  async videoFrameSeconds(auth: AuthDto, dto: VideoFrameSecondsDto): Promise<string> {
    const asset = await this.assetRepository.getById(dto.assetId);
    if (!asset || asset.ownerId !== auth.user.id) {
      throw new NotFoundException('Asset not found');
    }
    if (!Number.isInteger(dto.seconds)) {
      throw new BadRequestException('seconds must be an integer');
    }
    const output = join(StorageCore.getFolderLocation('thumbs', auth.user.id), `${asset.id}-frame.jpg`);
    await this.mediaRepository.extractFrameArgv(asset.originalPath, output, dto.seconds);
    return output;
  }
}
