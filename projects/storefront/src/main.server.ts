import { enableProdMode } from '@angular/core';
import { environment } from './environments/environment';

if (environment.production) {
  enableProdMode();
}

export { renderModule, renderModuleFactory } from '@angular/platform-server';
export { SERVER_REQUEST_ORIGIN, SERVER_REQUEST_URL } from '@spartacus/core';
export { AppServerModule } from './app/app.server.module';
export {
  SHOPPER_ACCESS_TOKEN,
  ShopperSessionServerModule,
} from './app/server-render/shopper-session-server.module';
