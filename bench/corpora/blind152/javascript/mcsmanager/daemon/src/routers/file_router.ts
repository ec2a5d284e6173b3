import { $t } from "../i18n";
import * as protocol from "../service/protocol";
import { routerApp } from "../service/router";
import InstanceSubsystem from "../service/system_instance";
import FileManager from "../service/system_file";
import logger from "../service/log";

function getFileManager(instanceUuid: string) {
  const instance = InstanceSubsystem.getInstance(instanceUuid);
  if (!instance) throw new Error($t("TXT_CODE_3bfb9e04"));
  const fileCode = instance.config?.fileCode;
  const cwd = instance.absoluteCwdPath();
  return new FileManager(cwd, fileCode);
}

routerApp.on("file/list", async (ctx, data) => {
  try {
    const fileManager = getFileManager(data.instanceUuid);
    const { page = 0, pageSize = 40, target = ".", fileName = "" } = data;
    fileManager.cd(target);
    const overview = await fileManager.list(page, pageSize, fileName);
    protocol.response(ctx, overview);
  } catch (error: any) {
    protocol.responseError(ctx, error);
  }
});

routerApp.on("file/edit", async (ctx, data) => {
  try {
    const target = data.target;
    const text = data.text;
    const fileManager = getFileManager(data.instanceUuid);
    const result = await fileManager.edit(target, text);
    protocol.response(ctx, result ? result : true);
  } catch (error: any) {
    protocol.responseError(ctx, error);
  }
});

routerApp.on("file/preview", async (ctx, data) => {
  try {
    const { target, instanceUuid } = data;
    const fileManager = getFileManager(instanceUuid);
    const content = await fileManager.readPreview(target);
    protocol.response(ctx, { content });
  } catch (error: any) {
    logger.warn("file preview failed", { instanceUuid: data?.instanceUuid });
    protocol.responseError(ctx, error);
  }
});
