import { HTTPController, HTTPMethod, HTTPMethodEnum, HTTPParam, Inject, Context, EggContext } from '@eggjs/tegg';
import { AbstractController } from './AbstractController';
import { LocalNFSAdapter } from '../../common/adapter/LocalNFSAdapter';

@HTTPController()
export class BinaryController extends AbstractController {
  @Inject()
  private nfsAdapter: LocalNFSAdapter;

  @HTTPMethod({ path: '/-/binary/:binaryName/:subpath(.*)', method: HTTPMethodEnum.GET })
  async showBinary(@Context() ctx: EggContext, @HTTPParam() binaryName: string, @HTTPParam() subpath: string) {
    ctx.type = 'application/octet-stream';
    return this.nfsAdapter.readStream(`/binaries/${binaryName}/${subpath}`);
  }

  @HTTPMethod({ path: '/-/binary-safe/:binaryName/:subpath(.*)', method: HTTPMethodEnum.GET })
  async showBinarySafe(@Context() ctx: EggContext, @HTTPParam() binaryName: string, @HTTPParam() subpath: string) {
    ctx.type = 'application/octet-stream';
    return this.nfsAdapter.readStreamChecked(`/binaries/${binaryName}/${subpath}`);
  }
}
