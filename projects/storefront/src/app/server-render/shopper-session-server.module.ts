import { APP_INITIALIZER, InjectionToken, NgModule, Optional } from '@angular/core';
import { AuthStorageService, AuthToken, OCC_USER_ID_CURRENT, UserIdService } from '@spartacus/core';
import { AppComponent } from '../app.component';
import { AppServerModule } from '../app.server.module';

/**
 * A shopper's OCC access token for a server render (provided at platform level by the caller of
 * `renderModule`). Spartacus keeps the token in browser storage, so a server render is otherwise
 * always anonymous.
 */
export const SHOPPER_ACCESS_TOKEN = new InjectionToken<string>('SHOPPER_ACCESS_TOKEN');

export function seedShopperSession(
  authStorage: AuthStorageService,
  userIdService: UserIdService,
  accessToken: string | null
): () => void {
  return () => {
    if (accessToken) {
      authStorage.setToken({ access_token: accessToken, token_type: 'bearer' } as AuthToken);
      userIdService.setUserId(OCC_USER_ID_CURRENT);
    }
  };
}

/**
 * The real AppServerModule, signed in as the shopper whose token is given as SHOPPER_ACCESS_TOKEN:
 * lets a check render the shopper's own pages (order details) on the server. `server.ts` never
 * uses it. Its initializer runs after Spartacus' own (imported first), which on the server clears
 * the session it could not read from browser storage.
 */
@NgModule({
  imports: [AppServerModule],
  providers: [
    {
      provide: APP_INITIALIZER,
      useFactory: seedShopperSession,
      deps: [AuthStorageService, UserIdService, [new Optional(), SHOPPER_ACCESS_TOKEN]],
      multi: true,
    },
  ],
  bootstrap: [AppComponent],
})
export class ShopperSessionServerModule {}
