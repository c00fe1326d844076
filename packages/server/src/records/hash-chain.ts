/**
 * The rules of the access log's hash chain, as a pure check over rows in sequence order
 * (ADR 2). The database computes each row's hash when it is inserted and recomputes it for
 * verification; this decides whether what it returns is an unbroken chain.
 */
export const genesisHash = '0'.repeat(64);

export interface ChainRow {
  seq: number;
  prevHash: string;
  rowHash: string;
  /** The hash of the row's content as it is now. */
  recomputedHash: string;
}

export interface ChainHead {
  lastSeq: number;
  lastHash: string;
}

/** Feeds one district's rows in order; the first problem found is kept and reported. */
export class ChainCheck {
  private expectedSeq = 1;
  private previousHash = genesisHash;
  verified = 0;

  /** The reason this row breaks the chain, or null when it continues it. */
  next(row: ChainRow): string | null {
    if (row.seq !== this.expectedSeq)
      return `row ${this.expectedSeq} is missing (the next row is ${row.seq})`;
    if (row.prevHash !== this.previousHash)
      return "its previous-row hash does not match the previous row's hash";
    if (row.recomputedHash !== row.rowHash)
      return 'its content does not match its hash: the row was altered';
    this.previousHash = row.rowHash;
    this.expectedSeq += 1;
    this.verified += 1;
    return null;
  }

  /** The sequence number the next row must have. */
  get nextSeq(): number {
    return this.expectedSeq;
  }

  /** After the last row: the chain head must point at it, or rows were cut from the end. */
  finish(head: ChainHead | undefined): string | null {
    if (!head) return 'the district has log rows but no chain head';
    if (head.lastSeq !== this.expectedSeq - 1 || head.lastHash !== this.previousHash) {
      return 'the chain head does not point at the last row: rows were removed from the end';
    }
    return null;
  }
}
