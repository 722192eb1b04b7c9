/**
 * Which storefront the journeys run against: the 4.3.8 demo (`npm test`), or one of the two composable
 * storefront 2211 apps that `npm run test:compat` builds (it sets EXD_STOREFRONT): the B2C shop on
 * electronics-spa, or the B2B shop on powertools-spa with SAP's Account Summary pages.
 */
export type StorefrontUnderTest = 'spartacus-4.3' | 'spartacus-2211' | 'spartacus-2211-b2b';

const named = process.env.EXD_STOREFRONT;
export const storefrontUnderTest: StorefrontUnderTest =
  named === 'spartacus-2211' || named === 'spartacus-2211-b2b' ? named : 'spartacus-4.3';
