export type ClaimOutcome =
  /** the caller holds the claim and must generate, then complete or release it */
  | { state: 'claimed' }
  /** someone already generated it */
  | { state: 'done'; documentId: string }
  /** someone else holds a live claim */
  | { state: 'busy' };

/**
 * One row per generation reference, shared by every proxy instance on the store: only the
 * claimant calls Exstream. A claim whose holder died expires after its lease and can be taken over.
 */
export interface GenerationClaimStore {
  claimGeneration(reference: string, claimant: string, leaseMs: number): Promise<ClaimOutcome>;
  completeGeneration(reference: string, claimant: string, documentId: string): Promise<void>;
  releaseGeneration(reference: string, claimant: string): Promise<void>;
}
