import { Injectable } from '@angular/core';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { DynamicAttributes, OccEndpointsService } from '@spartacus/core';

/** The endpoint of a B2B unit's documents that stands for each endpoint of the shopper's own. */
export const UNIT_SCOPED_ENDPOINTS: Readonly<Record<string, string>> = {
  exstreamDocument: 'exstreamUnitDocument',
  exstreamDocumentContent: 'exstreamUnitDocumentContent',
  exstreamDocumentLinks: 'exstreamUnitDocumentLinks',
  exstreamDocumentsArchive: 'exstreamUnitDocumentsArchive',
  exstreamDocumentsExport: 'exstreamUnitDocumentsExport',
};

/**
 * Builds the URLs of the document proxy's OCC-shaped endpoints: the OCC URL
 * (`{baseUrl}/occ/v2/{site}/{endpoint}`) with the base URL replaced by
 * `exstreamDocuments.proxyBaseUrl` when one is configured.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsUrlBuilder {
  constructor(
    protected occEndpoints: OccEndpointsService,
    protected config: ExstreamDocumentsConfig
  ) {}

  /** The origin (and path) the proxy is reached at: the proxy base URL or the OCC base URL. */
  baseUrl(): string {
    return (
      this.config.exstreamDocuments?.proxyBaseUrl?.replace(/\/+$/, '') ||
      this.occEndpoints.getBaseUrl({ prefix: false, baseSite: false })
    );
  }

  /**
   * The URL of a document endpoint for the shopper's own documents, or — with
   * an `orgUnitId` — its unit-scoped variant (`UNIT_SCOPED_ENDPOINTS`,
   * `users/{userId}/orgUnits/{orgUnitId}/documents/...`).
   */
  buildScopedUrl(
    endpoint: string,
    orgUnitId: string | undefined,
    attributes: DynamicAttributes = {}
  ): string {
    if (!orgUnitId) {
      return this.buildUrl(endpoint, attributes);
    }
    const unitEndpoint = UNIT_SCOPED_ENDPOINTS[endpoint];
    if (!unitEndpoint) {
      throw new Error(`No unit-scoped variant of the endpoint ${endpoint}`);
    }
    return this.buildUrl(unitEndpoint, {
      ...attributes,
      urlParams: { ...attributes.urlParams, orgUnitId },
    });
  }

  buildUrl(endpoint: string, attributes?: DynamicAttributes): string {
    const proxyBaseUrl = this.config.exstreamDocuments?.proxyBaseUrl;
    if (!proxyBaseUrl) {
      return this.occEndpoints.buildUrl(endpoint, attributes);
    }
    const path = this.occEndpoints.buildUrl(endpoint, attributes, {
      baseUrl: false,
    });
    return `${proxyBaseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  }
}
