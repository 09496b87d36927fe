export interface Lock {
  /** Waits up to `timeoutMs` for the lock; false if another execution still holds it. */
  tryAcquire(timeoutMs: number): boolean;
  release(): void;
}

export interface Locks {
  /** One holder per document (§5.1, §5.6); `null` outside a container. */
  document(): Lock | null;
}
