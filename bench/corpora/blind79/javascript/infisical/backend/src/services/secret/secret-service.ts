import { ForbiddenError } from "@casl/ability";
import { TSecretDALFactory } from "./secret-dal";
import { TSecretFolderDALFactory } from "../secret-folder/secret-folder-dal";
import { TPermissionServiceFactory } from "@app/ee/services/permission/permission-service";
import { ActorType } from "../auth/auth-type";
import { logger } from "@app/lib/logger";

type TSecretServiceFactoryDep = {
  secretDAL: TSecretDALFactory;
  folderDAL: Pick<TSecretFolderDALFactory, "findBySecretPath">;
  permissionService: Pick<TPermissionServiceFactory, "getProjectPermission">;
};

export type TGetSecretsDTO = {
  actor: ActorType;
  actorId: string;
  actorOrgId: string;
  projectId: string;
  environment: string;
  path: string;
  search?: string;
  orderBy?: string;
  tagSlugs?: string;
};

export type TSecretServiceFactory = ReturnType<typeof secretServiceFactory>;

export const secretServiceFactory = ({ secretDAL, folderDAL, permissionService }: TSecretServiceFactoryDep) => {
  const getSecrets = async ({ actor, actorId, actorOrgId, projectId, environment, path, search, orderBy, tagSlugs }: TGetSecretsDTO) => {
    const { permission } = await permissionService.getProjectPermission(actor, actorId, projectId, actorOrgId);
    ForbiddenError.from(permission).throwUnlessCan("read", "secrets");

    const folder = await folderDAL.findBySecretPath(projectId, environment, path);
    if (!folder) return { secrets: [] };

    if (tagSlugs) {
      const slugs = tagSlugs.split(",").map((s) => s.trim()).filter(Boolean);
      const secrets = await secretDAL.findByTagSlugs(folder.id, slugs);
      return { secrets };
    }

    if (search) {
      const secrets = await secretDAL.searchByKey(folder.id, search, orderBy ?? "key");
      return { secrets };
    }

    logger.info(`getSecrets: listing folder [folderId=${folder.id}]`);
    const secrets = await secretDAL.findByFolderId(folder.id);
    return { secrets };
  };

  return { getSecrets };
};
