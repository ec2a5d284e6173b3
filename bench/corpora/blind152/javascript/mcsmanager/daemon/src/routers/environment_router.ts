import { routerApp } from "../service/router";
import * as protocol from "../service/protocol";
import DockerManager from "../service/docker_service";
import logger from "../service/log";

const IMAGE_NAME = /^[a-z0-9]+([._\/-][a-z0-9]+)*(:[\w][\w.-]{0,127})?$/;

routerApp.on("environment/images", async (ctx) => {
  try {
    const docker = DockerManager.getDocker();
    const images = await docker.listImages();
    protocol.response(ctx, images);
  } catch (error: any) {
    protocol.responseError(ctx, error);
  }
});

routerApp.on("environment/pull_image", async (ctx, data) => {
  const { imageName = "", registryMirror = "" } = data ?? {};
  try {
    if (registryMirror) {
      await DockerManager.pullThroughMirror(imageName, registryMirror);
    } else {
      if (!IMAGE_NAME.test(imageName)) throw new Error("Invalid image name");
      await DockerManager.pullImage(imageName);
    }
    protocol.response(ctx, true);
  } catch (error: any) {
    logger.error("pull image failed", { message: error?.message });
    protocol.responseError(ctx, error);
  }
});

routerApp.on("environment/del_image", async (ctx, data) => {
  try {
    const { imageId } = data;
    const docker = DockerManager.getDocker();
    await docker.getImage(String(imageId)).remove();
    protocol.response(ctx, true);
  } catch (error: any) {
    protocol.responseError(ctx, error);
  }
});
