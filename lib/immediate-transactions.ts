// Prisma's better-sqlite3 adapter (7.10) opens every transaction with a plain, deferred `BEGIN`.
// With several processes writing one file, a transaction that read first cannot turn into a writer
// once another process has committed: SQLite answers SQLITE_BUSY at once, without its busy handler,
// and Prisma reports it as "Operation has timed out" (P1008). A busy wait inside a transaction is no
// better: better-sqlite3 is synchronous, so it stalls the whole process past Prisma's timeout.
// Here every transaction takes the write lock at its start (`BEGIN IMMEDIATE`), nothing inside a
// transaction ever waits for a lock, and waiting for the lock is a retry with jitter between event
// loop turns, so the process keeps serving reads while it waits.
import {
  DriverAdapterError,
  isDriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";

/** How long a transaction may wait for its turn and the write lock before its caller gets an error. */
export const WRITE_LOCK_WAIT_MS = 15_000;
// SQLite's lock is not fair: a process writing in a loop takes it again within a fraction of a
// millisecond of its commit, and the others, polling, rarely find it free. So waiters poll every
// 1-3 ms (a long waiter as often as a new one), and a connection that has just committed lets that
// much time pass before it takes the lock again, long enough for a waiter to get its turn.
const RETRY_DELAY_MS = { min: 1, max: 3 };
const PAUSE_AFTER_COMMIT_MS = 3;

export interface WriteLockOptions {
  /** The connection's busy timeout, for statements outside transactions; restored after each attempt to begin. */
  busyTimeoutMs: number;
  lockWaitMs?: number;
}

/** A driver adapter factory whose connections start transactions with `BEGIN IMMEDIATE`. */
export class ImmediateTransactions implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(
    private readonly inner: SqlDriverAdapterFactory,
    private readonly options: WriteLockOptions,
  ) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return new ImmediateTransactionConnection(await this.inner.connect(), {
      ...this.options,
      lockWaitMs: this.options.lockWaitMs ?? WRITE_LOCK_WAIT_MS,
    });
  }
}

class ImmediateTransactionConnection implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #turns = new Turns();
  #lastCommitAt = -Infinity;
  /** Settles when the open transaction ends; null while none is open. */
  #openTransaction: Promise<void> | null = null;

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly options: Required<WriteLockOptions>,
  ) {
    this.adapterName = connection.adapterName;
  }

  // Statements outside a transaction share its connection: run while one is open, a read would see
  // its uncommitted rows and a write would become part of it, lost if it rolls back. So they wait,
  // checking in the same synchronous step that runs them (better-sqlite3 runs a statement at once).
  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    while (this.#openTransaction) await this.#openTransaction;
    return this.connection.queryRaw(query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    while (this.#openTransaction) await this.#openTransaction;
    return this.connection.executeRaw(query);
  }

  async executeScript(script: string): Promise<void> {
    while (this.#openTransaction) await this.#openTransaction;
    return this.connection.executeScript(script);
  }

  dispose(): Promise<void> {
    return this.connection.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== "SERIALIZABLE")
      throw new DriverAdapterError({ kind: "InvalidIsolationLevel", level: isolationLevel });
    const deadline = Date.now() + this.options.lockWaitMs;
    // One connection holds one transaction at a time: this process's transactions take turns.
    const endTurn = await this.#turns.next();
    let close: () => void;
    try {
      await delay(this.#lastCommitAt + PAUSE_AFTER_COMMIT_MS - performance.now());
      close = await this.#beginImmediate(deadline);
    } catch (error) {
      endTurn();
      throw error;
    }
    return new ImmediateTransaction(this.connection, (committed) => {
      if (committed) this.#lastCommitAt = performance.now();
      close();
      endTurn();
    });
  }

  /** Begins the transaction, marked open from the same synchronous step; returns what marks it closed. */
  async #beginImmediate(deadline: number): Promise<() => void> {
    for (;;) {
      const close = this.#markOpen();
      try {
        await this.connection.executeScript("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE");
        return close;
      } catch (error) {
        close();
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      } finally {
        await this.connection.executeScript(`PRAGMA busy_timeout = ${this.options.busyTimeoutMs}`);
      }
      await delay(
        Math.min(deadline - Date.now(), RETRY_DELAY_MS.min + Math.random() * (RETRY_DELAY_MS.max - RETRY_DELAY_MS.min)),
      );
    }
  }

  #markOpen(): () => void {
    let closed!: () => void;
    this.#openTransaction = new Promise<void>((resolve) => (closed = resolve));
    return () => {
      this.#openTransaction = null;
      closed();
    };
  }
}

class ImmediateTransaction implements Transaction {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly options = { usePhantomQuery: false };
  #open = true;

  constructor(
    private readonly connection: SqlDriverAdapter,
    private readonly endTurn: (committed: boolean) => void,
  ) {
    this.adapterName = connection.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.connection.queryRaw(query);
  }

  async executeRaw(query: SqlQuery): Promise<number> {
    const changes = await this.connection.executeRaw(query);
    if (query.sql === "COMMIT" || query.sql === "ROLLBACK") this.#open = false;
    return changes;
  }

  // Prisma sends COMMIT and ROLLBACK itself (usePhantomQuery: false) before calling these.
  async commit(): Promise<void> {
    this.endTurn(true);
  }

  async rollback(): Promise<void> {
    try {
      // After a failed COMMIT, Prisma calls this without a ROLLBACK: the connection must not stay in the transaction.
      if (this.#open) await this.connection.executeScript("ROLLBACK");
    } finally {
      this.endTurn(false);
    }
  }

  async createSavepoint(name: string): Promise<void> {
    await this.connection.executeScript(`SAVEPOINT ${name}`);
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.connection.executeScript(`ROLLBACK TO ${name}`);
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.connection.executeScript(`RELEASE SAVEPOINT ${name}`);
  }
}

/** First come, first served; `next` resolves with the function that ends the turn. */
class Turns {
  #last: Promise<void> = Promise.resolve();

  async next(): Promise<() => void> {
    let end!: () => void;
    const previous = this.#last;
    this.#last = new Promise<void>((resolve) => (end = resolve));
    await previous;
    return end;
  }
}

function isBusy(error: unknown): boolean {
  return isDriverAdapterError(error) && (error.cause.originalCode ?? "").startsWith("SQLITE_BUSY");
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
