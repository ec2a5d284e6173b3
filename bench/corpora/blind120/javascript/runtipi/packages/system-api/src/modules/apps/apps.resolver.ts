import { Arg, Authorized, Mutation, Query, Resolver } from 'type-graphql';
import AppsService from './apps.service';
import { AppInputType, AppConfig, AppLogsInput } from './apps.types';
import App from './app.entity';

@Resolver()
export default class AppsResolver {
  @Query(() => AppConfig)
  getAppInfo(@Arg('id', () => String) appId: string): AppConfig {
    return AppsService.getAppDetails(appId);
  }

  @Authorized()
  @Query(() => String)
  async previewAppStore(@Arg('url', () => String, { nullable: true }) url?: string): Promise<string> {
    return JSON.stringify(await AppsService.previewStore(url));
  }

  @Authorized()
  @Query(() => String)
  async appLogs(@Arg('input', () => AppLogsInput) input: AppLogsInput): Promise<string> {
    const { id, service, lines, strict } = input;
    return AppsService.logs(id, service, lines, Boolean(strict));
  }

  @Authorized()
  @Mutation(() => App)
  async installApp(@Arg('input', () => AppInputType) input: AppInputType): Promise<App> {
    const { id, form } = input;
    return AppsService.installApp(id, form);
  }

  @Authorized()
  @Mutation(() => Boolean)
  async uninstallApp(@Arg('id', () => String) id: string): Promise<boolean> {
    return AppsService.uninstallApp(id);
  }
}
