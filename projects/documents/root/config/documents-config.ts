import { Injectable } from '@angular/core';
import { Config } from '@spartacus/core';
import {
  OrgDocumentSortCode,
  OrgDocumentStatusFilter,
} from '../model/company-documents.model';
import { DocumentSortCode, DocumentType } from '../model/documents.model';

/**
 * How a document opens when the shopper chooses to view it:
 * - `inline`: in the library's viewer inside the page (a PDF in an `<iframe>`),
 * - `newTab`: in a new browser tab through a short-lived signed link (iOS Safari friendly),
 * - `download`: never previewed, always saved.
 */
export type DocumentViewerMode = 'inline' | 'newTab' | 'download';

/** How one document type is presented. */
export interface DocumentTypeDisplay {
  /**
   * Icon shown next to the type, an `ICON_TYPE` name of Spartacus' `IconConfig`
   * (e.g. `'FILE'`, `'RECEIPT'`); missing: no icon.
   */
  icon?: string;
  /** Translation key of the label; missing: `exstreamDocumentTypes.<TYPE>`. */
  label?: string;
}

export interface ExstreamDocumentsViewerOptions {
  /** default `inline` */
  mode?: DocumentViewerMode;
  /**
   * Whether the viewer offers "Send again by e-mail" (the proxy asks Exstream
   * to deliver the document to its customer again). Default: true.
   */
  resend?: boolean;
}

export interface ExstreamDocumentsActionsOptions {
  /**
   * Hosts (exact names, e.g. `renewals.example.com`) a document's call to
   * action may link to over https, besides this storefront's own paths and
   * origin. Default: none.
   */
  allowedHosts?: string[];
}

export interface ExstreamDocumentsNoticesOptions {
  /**
   * Whether the unread count is fetched again when the browser window
   * regains the focus; default `true`.
   */
  refreshOnFocus?: boolean;
}

/** The "Company documents" page of B2B units. */
export interface ExstreamCompanyDocumentsOptions {
  /** documents per page; default 10 (1–100) */
  pageSize?: number;
  /** sort until the buyer picks another one; default `byCreatedAtDateDesc` */
  defaultSort?: OrgDocumentSortCode | string;
  /** status filter until the buyer picks another one; default `open`, like SAP's account summary */
  defaultStatus?: OrgDocumentStatusFilter;
  /**
   * Hosts (exact names) an invoice's "Pay" link may lead to over https.
   * Missing or empty: any https host (the proxy checked the link when it
   * stored the invoice) and same-site paths.
   */
  paymentHosts?: string[];
}

export interface ExstreamDocumentsOptions {
  /**
   * Base URL (scheme, host, optional port and path) under which the document
   * proxy serves its OCC-shaped API (`{proxyBaseUrl}/occ/v2/{site}/users/...`).
   *
   * Missing (the default): the OCC base URL (`backend.occ.baseUrl`); the ingress
   * routes the documents paths to the proxy and Spartacus' own `AuthInterceptor`
   * attaches the shopper's token. When set to another URL, the library's
   * `DocumentsProxyAuthInterceptor` attaches the token to requests for that URL
   * only, never to any other host.
   */
  proxyBaseUrl?: string;
  /** number of documents per page on the "My Documents" page; default 10 (1–100) */
  pageSize?: number;
  /**
   * Document types the storefront shows, in the order the type filter lists
   * them. The type filter offers only these and, when the shopper has not
   * picked a type, the list is limited to them. Missing or empty: all types.
   * A CMS component can narrow this per slot (its `documentTypes`).
   */
  documentTypes?: (DocumentType | string)[];
  /** sort used until the shopper picks another one; default `byDateDesc` */
  defaultSort?: DocumentSortCode | string;
  /** icon and label per document type; types without an entry use the defaults */
  typeDisplay?: { [type: string]: DocumentTypeDisplay };
  /**
   * Types that may be generated on demand through Exstream when an order has
   * none yet (the proxy decides whether it can; this only limits what the UI
   * offers). Default: unset, every type the proxy offers.
   */
  onDemandTypes?: (DocumentType | string)[];
  /**
   * Whether My Documents offers selecting rows, "Download selected", "Download
   * all matching" (one ZIP each) and the CSV export. Default: `true`.
   */
  bulkActions?: boolean;
  /** how documents open when previewed */
  viewer?: ExstreamDocumentsViewerOptions;
  /** where the call to action of a document (e.g. a renewal offer) may lead */
  actions?: ExstreamDocumentsActionsOptions;
  /** the unread documents badge */
  notices?: ExstreamDocumentsNoticesOptions;
  /** the "Company documents" page (B2B units) */
  companyDocuments?: ExstreamCompanyDocumentsOptions;
}

/**
 * Configuration of the Exstream documents feature; defaults in
 * `defaultExstreamDocumentsConfig`, documented in `docs/configuration.md`.
 *
 * The REST endpoint paths are OCC endpoints like any other in Spartacus
 * (`backend.occ.endpoints.exstreamDocuments`, `exstreamDocument`,
 * `exstreamDocumentContent`, declared by `@exstream-spartacus/documents/occ`),
 * so apps override them where they override all other endpoints.
 */
@Injectable({
  providedIn: 'root',
  useExisting: Config,
})
export abstract class ExstreamDocumentsConfig {
  exstreamDocuments?: ExstreamDocumentsOptions;
}

declare module '@spartacus/core' {
  interface Config extends ExstreamDocumentsConfig {}
}
