import { Inject, EggContext } from '@eggjs/tegg';
import { EggLogger, EggAppConfig } from 'egg';

export abstract class AbstractController {
  @Inject()
  protected logger: EggLogger;
  @Inject()
  protected config: EggAppConfig;

  protected npmCommand(ctx: EggContext): string {
    return ctx.get('npm-command') || 'unknown';
  }

  protected sourceRegistry(ctx: EggContext): string {
    return (ctx.query.registry as string) ?? this.config.cnpmcore.sourceRegistry;
  }
}
