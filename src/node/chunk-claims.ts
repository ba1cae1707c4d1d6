/**
 * The chunks of one parse, shared by two threads: the main thread takes them from the front, the
 * parse worker from the back, one at a time, until they meet. Whichever thread runs faster (the
 * worker starts late; the machine may be busy) simply parses more: neither waits for the other
 * longer than one chunk. Lock-free: both ends live in one 64-bit word, changed by compare-and-swap.
 */

/**
 * How long either thread parses before it sends (the worker) or takes in (the main thread) the
 * trees parsed so far, so that few are left to move once the two meet.
 */
export const YIELD_MS = 25;

/** The two ends, packed: chunks before `front` are the main thread's, from `back` on the worker's. */
const pack = (front: number, back: number): bigint => (BigInt(back) << 32n) | BigInt(front);
const frontOf = (word: bigint): number => Number(word & 0xffffffffn);
const backOf = (word: bigint): number => Number(word >> 32n);

export class ChunkClaims {
  private readonly word: BigInt64Array;

  /** Claims over `buffer`, made by `ChunkClaims.create` here or received from the other thread. */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.word = new BigInt64Array(buffer, 0, 1);
  }

  /** Claims for `count` chunks, none taken yet. */
  static create(count: number): ChunkClaims {
    const claims = new ChunkClaims(new SharedArrayBuffer(8));
    Atomics.store(claims.word, 0, pack(0, count));
    return claims;
  }

  /** The next chunk from the front, or -1 once the ends met or `limit` chunks were taken from the front. */
  takeFront(limit = Number.MAX_SAFE_INTEGER): number {
    for (;;) {
      const word = Atomics.load(this.word, 0);
      const front = frontOf(word);
      if (front >= backOf(word) || front >= limit) return -1;
      if (Atomics.compareExchange(this.word, 0, word, pack(front + 1, backOf(word))) === word) return front;
    }
  }

  /** The next chunk from the back, or -1 once the ends met. */
  takeBack(): number {
    for (;;) {
      const word = Atomics.load(this.word, 0);
      const back = backOf(word);
      if (back <= frontOf(word)) return -1;
      if (Atomics.compareExchange(this.word, 0, word, pack(frontOf(word), back - 1)) === word) return back - 1;
    }
  }

  /** Where the worker's chunks begin: every chunk from here on is (or is being) parsed by it. */
  back(): number {
    return backOf(Atomics.load(this.word, 0));
  }
}
