import { createHash, randomUUID } from 'node:crypto';
import { NotFoundError, UpstreamUnavailableError } from '../../errors';
import type { CommunicationRoute } from '../../exstream/exstream-config';
import type { DocumentGenerator } from '../../exstream/orchestration-client';
import type { ContentStore } from '../storage/content-store';
import type { ProxyStore } from '../storage/proxy-store';
import { putBytes } from '../storage/put-bytes';
import type { Shopper, ShopperDocument } from '../model';
import { actorOf, ownerKey } from '../owner';
import { planGeneration } from './driver-data';
import type { OccOrder, OrderSource } from './occ-order';
import { SingleFlight } from './single-flight';
import { checkTarget, isDocumentFor, referenceKey, targetsOf, type GeneratableType, type GenerationTarget } from './targets';

export interface GenerationDependencies {
  store: ProxyStore;
  content: ContentStore;
  orders: OrderSource;
  /** undefined = generation is not configured: nothing is generatable */
  generator?: DocumentGenerator;
  communications: Readonly<Partial<Record<GeneratableType, CommunicationRoute>>>;
  leaseMs: number;
  /** how often a waiting instance looks whether another one finished */
  pollMs?: number;
  /** identifies this process in generation claims */
  instanceId?: string;
}

export interface OrderDocuments {
  documents: ShopperDocument[];
  generatable: GenerationTarget[];
}

export interface GenerationResult {
  document: ShopperDocument;
  /** true only for the request whose call to Exstream produced the document */
  created: boolean;
}

export interface CallContext {
  baseSiteId: string;
  token: string;
  requestId?: string;
}

/**
 * On-demand generation of an order's documents. Idempotent per owner + order + target: a stored
 * document (generated or ingested) is returned as it is; concurrent identical requests share one
 * call in this process (single flight), and across processes a claim row in the shared store
 * lets exactly one instance call Exstream while the others wait for its document.
 */
export class GenerationService {
  private readonly flights = new SingleFlight<GenerationResult>();
  private readonly instanceId: string;

  constructor(private readonly deps: GenerationDependencies) {
    this.instanceId = deps.instanceId ?? randomUUID();
  }

  private get configuredTypes(): GeneratableType[] {
    if (!this.deps.generator) return [];
    return Object.keys(this.deps.communications) as GeneratableType[];
  }

  async orderDocuments(shopper: Shopper, orderCode: string, context: CallContext): Promise<OrderDocuments> {
    const order = await this.loadOwnOrder(shopper, orderCode, context);
    const documents = await this.storedDocumentsOf(shopper, order.code);
    const generatable = targetsOf(order, this.configuredTypes).filter((t) => !documents.some((d) => isDocumentFor(d, t)));
    return { documents, generatable };
  }

  async generate(shopper: Shopper, orderCode: string, target: GenerationTarget, context: CallContext): Promise<GenerationResult> {
    if (!this.deps.generator) {
      throw new UpstreamUnavailableError('On-demand generation is not configured on this proxy', { retryAfterSeconds: 3600 });
    }
    const order = await this.loadOwnOrder(shopper, orderCode, context);
    checkTarget(order, target, this.configuredTypes);
    const existing = await this.findExisting(shopper, order.code, target);
    if (existing) return { document: existing, created: false };

    const key = referenceKey(ownerKey(shopper.uid), order.code, target);
    const { value, shared } = await this.flights.run(key, () => this.generateOnce(key, shopper, order, target, context));
    return shared ? { document: value.document, created: false } : value;
  }

  private async generateOnce(
    key: string,
    shopper: Shopper,
    order: OccOrder,
    target: GenerationTarget,
    context: CallContext,
  ): Promise<GenerationResult> {
    const { store } = this.deps;
    const owner = ownerKey(shopper.uid);
    const deadline = Date.now() + this.deps.leaseMs + 5_000;
    for (;;) {
      const claim = await store.claimGeneration(key, this.instanceId, this.deps.leaseMs);
      if (claim.state === 'done') {
        const document = await store.findForOwner(owner, claim.documentId);
        if (document) return { document, created: false };
        throw new NotFoundError(`The generated document ${claim.documentId} is no longer stored`);
      }
      if (claim.state === 'claimed') break;
      if (Date.now() > deadline) {
        throw new UpstreamUnavailableError('The document is still being generated', { retryAfterSeconds: 5 });
      }
      await new Promise((resolve) => setTimeout(resolve, this.deps.pollMs ?? 100));
    }

    try {
      // A claimant that died after storing leaves its document behind: use it.
      const stored = await this.findExisting(shopper, order.code, target);
      if (stored) {
        await store.completeGeneration(key, this.instanceId, stored.id);
        return { document: stored, created: false };
      }
      const result = await this.callExstream(shopper, order, target, context);
      await store.completeGeneration(key, this.instanceId, result.document.id);
      return result;
    } catch (error) {
      await store.releaseGeneration(key, this.instanceId).catch(() => undefined);
      throw error;
    }
  }

  private async callExstream(shopper: Shopper, order: OccOrder, target: GenerationTarget, context: CallContext): Promise<GenerationResult> {
    const route = this.deps.communications[target.type]!;
    const createdAt = new Date();
    const plan = planGeneration(order, shopper, target, createdAt);
    const driverJson = JSON.stringify(plan.driverData);
    const output = await this.deps.generator!.generate({
      communicationId: route.communicationId,
      driverDataSource: route.driverDataSource,
      driverData: plan.driverData,
    });
    const stored = await putBytes(this.deps.content, output.bytes);
    const owner = ownerKey(shopper.uid);
    const { inserted, id } = await this.deps.store.insertWithAudit(
      {
        ownerUid: owner,
        type: target.type,
        title: plan.title,
        number: plan.number,
        fileName: plan.fileName,
        orderCode: order.code,
        consignmentCode: target.consignmentCode,
        entryNumbers: plan.entryNumbers,
        productCodes: plan.productCodes,
        createdAt,
        mimeType: output.mimeType,
        size: stored.size,
        sha256: stored.sha256,
        language: plan.language,
        channel: 'ON_DEMAND',
      },
      {
        action: 'GENERATE',
        actor: actorOf(shopper),
        ownerUid: owner,
        driverDataSha256: createHash('sha256').update(driverJson, 'utf8').digest('hex'),
        communicationId: route.communicationId,
        requestId: context.requestId,
      },
    );
    const document = await this.deps.store.findForOwner(owner, id);
    if (!document) throw new NotFoundError(`Generated document ${id} vanished`);
    return { document, created: inserted };
  }

  private async loadOwnOrder(shopper: Shopper, orderCode: string, context: CallContext): Promise<OccOrder> {
    const occUser = shopper.assistedBy ? shopper.uid : 'current';
    const order = await this.deps.orders.loadOrder(context.baseSiteId, context.token, orderCode, occUser);
    const orderOwner = order.user?.uid;
    if (orderOwner !== undefined && ownerKey(orderOwner) !== ownerKey(shopper.uid)) {
      throw new NotFoundError(`Order with code '${orderCode}' not found`);
    }
    return order;
  }

  private async findExisting(shopper: Shopper, orderCode: string, target: GenerationTarget): Promise<ShopperDocument | undefined> {
    const documents = await this.storedDocumentsOf(shopper, orderCode);
    return documents.find((d) => isDocumentFor(d, target));
  }

  private async storedDocumentsOf(shopper: Shopper, orderCode: string): Promise<ShopperDocument[]> {
    const documents: ShopperDocument[] = [];
    const pageSize = 100;
    for (let currentPage = 0; ; currentPage++) {
      const page = await this.deps.store.queryForOwner(ownerKey(shopper.uid), { types: [], orderCode, currentPage, pageSize, sort: 'byDateAsc' });
      documents.push(...page.documents);
      if ((currentPage + 1) * pageSize >= page.totalResults) return documents;
    }
  }
}
