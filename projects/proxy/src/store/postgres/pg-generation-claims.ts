import type { Pool } from 'pg';
import type { ClaimOutcome } from '../../documents/storage/generation-claims';

/** The generation claims (GenerationClaimStore) in PostgreSQL, shared by every instance on the schema. */
export async function claimGeneration(pool: Pool, reference: string, claimant: string, leaseMs: number): Promise<ClaimOutcome> {
  const now = Date.now();
  // One statement: the row lock taken by ON CONFLICT makes the take-over of an expired claim atomic.
  const claimed = await pool.query(
    `INSERT INTO generation_claims (reference, claimant, expires_at) VALUES ($1, $2, $3)
     ON CONFLICT (reference) DO UPDATE SET claimant = EXCLUDED.claimant, expires_at = EXCLUDED.expires_at
       WHERE generation_claims.document_id IS NULL AND generation_claims.expires_at <= $4
     RETURNING reference`,
    [reference, claimant, now + leaseMs, now],
  );
  if ((claimed.rowCount ?? 0) > 0) return { state: 'claimed' };
  const { rows } = await pool.query<{ document_id: string | null }>('SELECT document_id FROM generation_claims WHERE reference = $1', [
    reference,
  ]);
  const documentId = rows[0]?.document_id;
  return documentId ? { state: 'done', documentId } : { state: 'busy' };
}

export async function completeGeneration(pool: Pool, reference: string, claimant: string, documentId: string): Promise<void> {
  await pool.query(
    `INSERT INTO generation_claims (reference, claimant, expires_at, document_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (reference) DO UPDATE SET document_id = EXCLUDED.document_id, claimant = EXCLUDED.claimant`,
    [reference, claimant, Date.now(), documentId],
  );
}

export async function releaseGeneration(pool: Pool, reference: string, claimant: string): Promise<void> {
  await pool.query('DELETE FROM generation_claims WHERE reference = $1 AND claimant = $2 AND document_id IS NULL', [reference, claimant]);
}
