/** The driver data the document proxy sends (schemaVersion 1); the emulator checks what it renders from. */
export interface Money {
  value: number | null;
  formatted: string | null;
  currency: string | null;
}

export interface DriverLine {
  entryNumber: number;
  quantity: number;
  productCode: string;
  productName: string;
  manufacturer: string | null;
  unitPrice: Money;
  total: Money;
}

export interface DriverData {
  schemaVersion: 1;
  document: { type: string; number: string; title: string; language: string; issuedAt: string };
  customer: { uid: string; name: string | null };
  order: {
    code: string;
    placed: string | null;
    status: string | null;
    deliveryAddress: { name: string | null; lines: string[] } | null;
    deliveryMode: string | null;
    payment: string | null;
    subTotal: Money;
    deliveryCost: Money;
    total: Money;
    tax: Money;
  };
  lines: DriverLine[];
  consignment?: { code: string; status: string | null; trackingId: string | null; statusDate: string | null };
}

/** Returns what is wrong with the body, or undefined when it can be rendered. */
export function driverDataProblem(body: unknown): string | undefined {
  const d = body as Partial<DriverData> | null;
  if (typeof d !== 'object' || d === null) return 'driver data must be a JSON object';
  if (d.schemaVersion !== 1) return 'driver data schemaVersion must be 1';
  if (typeof d.document?.number !== 'string' || typeof d.document?.title !== 'string') return 'document.number and document.title are required';
  if (typeof d.customer?.uid !== 'string') return 'customer.uid is required';
  if (typeof d.order?.code !== 'string') return 'order.code is required';
  if (!Array.isArray(d.lines)) return 'lines must be an array';
  return undefined;
}
