// The proxy's settings for the sandbox's Exstream emulator and the OTDS client it knows (a real
// deployment sets its own): on-demand generation and the preference push. Used by `npm start` and the soak.
export function sandboxExstreamEnv(exstreamUrl) {
  return {
    EXSTREAM_BASE_URL: exstreamUrl,
    EXSTREAM_DOMAIN: 'electronics',
    OTDS_BASE_URL: exstreamUrl,
    OTDS_TENANT: 'exd',
    OTDS_CLIENT_ID: 'exd-proxy',
    OTDS_CLIENT_SECRET: 'exd-sandbox-secret',
    EXSTREAM_COMMUNICATIONS: JSON.stringify({
      ORDER_CONFIRMATION: { communicationId: 'OrderConfirmation', driverDataSource: 'order' },
      INVOICE: { communicationId: 'Invoice', driverDataSource: 'order' },
      SHIPMENT_NOTICE: { communicationId: 'ShipmentNotice', driverDataSource: 'consignment' },
      WARRANTY: { communicationId: 'WarrantyCertificate', driverDataSource: 'entry' },
    }),
    // Preference changes are pushed to the emulator, with the same OTDS client as generation.
    PREFERENCES_PUSH_URL: `${exstreamUrl}/api/v1/communication-preferences`,
  };
}

/**
 * The hosts the sandbox's seeded documents link to: the B2B invoices' "Pay" links go to the sandbox's
 * stand-in payment provider. Every proxy (and ingest) that takes the sandbox's seed needs them allowed.
 */
export const SANDBOX_ACTION_URL_ENV = { ACTION_URL_ALLOWED_HOSTS: 'pay.example.com' };
