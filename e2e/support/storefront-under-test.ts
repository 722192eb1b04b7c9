/**
 * Which storefront the journeys run against: the 4.3.8 demo (`npm test`) or the composable
 * storefront 2211 app that `npm run test:compat` builds (it sets EXD_STOREFRONT).
 */
export type StorefrontUnderTest = 'spartacus-4.3' | 'spartacus-2211';

export const storefrontUnderTest: StorefrontUnderTest =
  process.env.EXD_STOREFRONT === 'spartacus-2211' ? 'spartacus-2211' : 'spartacus-4.3';
