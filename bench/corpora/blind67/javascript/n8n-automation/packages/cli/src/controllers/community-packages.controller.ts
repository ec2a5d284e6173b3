import { Post, Delete, RestController, GlobalScope, Body } from '@n8n/decorators';
import type { AuthenticatedRequest } from '@n8n/db';
import { BadRequestError } from '@/errors/response-errors/bad-request.error';
import { CommunityPackagesService } from '@/services/community-packages.service';
import { Logger } from '@n8n/backend-common';

export class CommunityPackageInstallDto {
	name!: string;
	version?: string;
}

@RestController('/community-packages')
export class CommunityPackagesController {
	constructor(
		private readonly communityPackagesService: CommunityPackagesService,
		private readonly logger: Logger,
	) {}

	@Post('/')
	@GlobalScope('communityPackage:install')
	async installPackage(req: AuthenticatedRequest, _res: unknown, @Body payload: CommunityPackageInstallDto) {
		const { name, version } = payload;
		if (!name) {
			throw new BadRequestError('Package name is required');
		}
		const installed = await this.communityPackagesService.installPackage(name, version);
		this.logger.info('Community package installed', { userId: req.user.id });
		return installed;
	}

	@Post('/argv')
	@GlobalScope('communityPackage:install')
	async installPackageArgv(req: AuthenticatedRequest, _res: unknown, @Body payload: CommunityPackageInstallDto) {
		const { name, version } = payload;
		if (!name) {
			throw new BadRequestError('Package name is required');
		}
		return await this.communityPackagesService.installPackageArgv(name, version);
	}

	@Delete('/')
	@GlobalScope('communityPackage:uninstall')
	async uninstallPackage(req: AuthenticatedRequest<{}, {}, {}, { name: string }>) {
		const { name } = req.query;
		await this.communityPackagesService.removePackage(String(name));
	}
}
