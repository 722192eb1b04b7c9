/** The parts of an OCC `Order` (fields=FULL) that generation reads. Everything is optional on purpose. */
export interface OccPrice {
  value?: number;
  formattedValue?: string;
  currencyIso?: string;
}

export interface OccOrderEntry {
  entryNumber: number;
  quantity?: number;
  basePrice?: OccPrice;
  totalPrice?: OccPrice;
  product?: { code?: string; name?: string; manufacturer?: string };
}

export interface OccConsignment {
  code: string;
  status?: string;
  statusDate?: string;
  trackingID?: string;
  entries?: { orderEntry?: OccOrderEntry; quantity?: number; shippedQuantity?: number }[];
}

export interface OccAddress {
  firstName?: string;
  lastName?: string;
  companyName?: string;
  line1?: string;
  line2?: string;
  town?: string;
  postalCode?: string;
  region?: { isocodeShort?: string; name?: string };
  country?: { isocode?: string; name?: string };
  formattedAddress?: string;
}

export interface OccOrder {
  code: string;
  created?: string;
  status?: string;
  statusDisplay?: string;
  user?: { uid?: string; name?: string };
  entries?: OccOrderEntry[];
  consignments?: OccConsignment[];
  subTotal?: OccPrice;
  deliveryCost?: OccPrice;
  totalPrice?: OccPrice;
  totalPriceWithTax?: OccPrice;
  totalTax?: OccPrice;
  deliveryAddress?: OccAddress;
  deliveryMode?: { code?: string; name?: string };
  paymentInfo?: { cardType?: { name?: string }; cardNumber?: string; accountHolderName?: string; billingAddress?: OccAddress };
}

/** Loads a shopper's order from Commerce with the shopper's own token (which proves ownership). */
export interface OrderSource {
  /**
   * Rejects with NotFoundError for unknown orders and orders of other shoppers. `userId` is the OCC
   * user the token acts for: `current`, or the assisted customer's uid when an agent's token is used.
   */
  loadOrder(baseSiteId: string, token: string, orderCode: string, userId: string): Promise<OccOrder>;
}
