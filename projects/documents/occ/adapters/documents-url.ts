import { Injectable } from '@angular/core';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { DynamicAttributes, OccEndpointsService } from '@spartacus/core';

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
