/**
 * The Office.js proxy machinery: objects are proxies that know nothing until `context.sync()`;
 * property writes and method calls are queued and run in order at sync; `load` reads the state at
 * its place in the queue; reading a property that was not loaded and synced throws PropertyNotLoaded.
 * An object is bound to the document (instantiated) the first time the queue uses it, as in Office.js:
 * `table.getDataBodyRange()` means the body at the moment the range is first used.
 */
import { FakeOfficeError, asOfficeError, invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import type { EventHub, EventScope, EventHandler, Registration } from "./events";
import type { WorkbookModel } from "./workbook-model";
import type { ApiGate } from "./api";
import { jsonBytes } from "../core/utf8";

/**
 * Payload sizes are UTF-8 bytes of JSON, as on the wire (Excel on the web refuses more than 5 MB
 * a request or a response; a Chinese character is 3 bytes). Every queued command also costs its
 * envelope: the action and its object path (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…}`
 * plus the path's own entry) — counted at the low end of what Office.js sends, so code that plans
 * with a generous overhead passes and code that counts only its values does not.
 */
export const COMMAND_BYTES = 80;
/** Each object or result in a response carries its own envelope too. */
export const RESPONSE_OBJECT_BYTES = 16;

export interface Limits {
  maxPayloadBytes: number;
  maxCellsPerRead: number;
}

export interface Stats {
  syncs: number;
  reads: number;
  /** Response bytes of every successful sync (what the add-in downloaded), counted as the limit counts them. */
  bytesRead: number;
  resetCounts(): void;
}

export interface Env {
  model: WorkbookModel;
  stats: Stats;
  limits: Limits;
  /** Requirement-set checks (api.ts); absent: every member is available. */
  api?: ApiGate;
  /** Milliseconds each sync takes to come back (0 or absent: at once). */
  latency?: { ms: number };
}

/** What a load asks for: every scalar (`all`), named properties, and nested navigation properties. */
export interface LoadNode {
  all: boolean;
  props: Map<string, LoadNode>;
  top?: number;
  skip?: number;
}

const leaf = (): LoadNode => ({ all: true, props: new Map() });

function addPath(root: LoadNode, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter(Boolean);
  let node = root;
  parts.forEach((part, i) => {
    let next = node.props.get(part);
    if (!next) {
      next = i === parts.length - 1 ? leaf() : { all: false, props: new Map() };
      node.props.set(part, next);
    } else if (i === parts.length - 1) next.all = true;
    node = next;
  });
}

/** Accepts every form Office.js accepts: "a, b/c", ["a", "b"], { select, expand, top, skip }, { a: true, b: { c: true }, $all: true }. */
export function parseLoad(spec: unknown): LoadNode {
  if (spec === undefined || spec === null) return leaf();
  const root: LoadNode = { all: false, props: new Map() };
  if (typeof spec === "string") {
    spec.split(",").forEach((p) => addPath(root, p));
    if (root.props.size === 0) root.all = true;
    return root;
  }
  if (Array.isArray(spec)) {
    for (const p of spec)
      String(p)
        .split(",")
        .forEach((x) => addPath(root, x));
    return root;
  }
  if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      for (const key of ["select", "expand"] as const) {
        const v = o[key];
        const list = typeof v === "string" ? v.split(",") : Array.isArray(v) ? v.map(String) : [];
        list.forEach((p) => addPath(root, p));
      }
      if (!o.select) root.all = true;
      if (typeof o.top === "number") root.top = o.top;
      if (typeof o.skip === "number") root.skip = o.skip;
      return root;
    }
    for (const [k, v] of Object.entries(o)) {
      if (k === "$all") root.all = v === true;
      else if (k === "$top" && typeof v === "number") root.top = v;
      else if (k === "$skip" && typeof v === "number") root.skip = v;
      else if (v === true) addPath(root, k);
      else if (v && typeof v === "object") root.props.set(k, parseLoad(v));
    }
    return root;
  }
  throw invalidArgument("load() takes a string, an array of strings or an object");
}

/** One sync's worth of execution: collects staged results and counts the response size. */
export class Batch {
  private responseBytes = 0;
  private readonly commits: Array<() => void> = [];

  constructor(readonly env: Env) {}

  addResponse(value: unknown, envelope = 0): void {
    this.responseBytes += estimateBytes(value) + envelope;
    if (this.responseBytes > this.env.limits.maxPayloadBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${this.env.limits.maxPayloadBytes} bytes). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.`,
      );
    }
  }

  /** Results become visible only if the whole sync succeeds, as a failed request returns nothing. */
  stage(commit: () => void): void {
    this.commits.push(commit);
  }

  commit(): void {
    this.env.stats.bytesRead += this.responseBytes;
    for (const c of this.commits) c();
  }
}

export function estimateBytes(value: unknown): number {
  try {
    return jsonBytes(value);
  } catch {
    return 64;
  }
}

interface Op {
  bytes: number;
  run(batch: Batch): void;
}

export class FakeRequestContext {
  readonly workbook: unknown;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  /** Excel.run marks its context dead when the batch ends; later use of its objects throws. */
  alive = true;
  /** `Excel.run({ delayForCellEdit: true }, …)` on a host with ExcelApi 1.11: syncs wait out a cell edit. */
  delayForCellEdit = false;
  /** `context.runtime` (set by Excel.run: runtime.ts). */
  runtime: unknown;
  private queue: Op[] = [];

  constructor(
    readonly env: Env,
    makeWorkbook: (ctx: FakeRequestContext) => unknown,
  ) {
    this.workbook = makeWorkbook(this);
  }

  get hasPendingWork(): boolean {
    return this.queue.length > 0;
  }

  enqueue(op: Op): void {
    if (!this.alive) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do: this object belongs to an Excel.run batch that has already finished. Use it inside its own Excel.run (or pass it to Excel.run(object, batch)).",
      );
    }
    this.queue.push(op);
  }

  /** The legacy `context.load(object, spec)` form. */
  load(object: FakeClientObject, spec?: unknown): void {
    object.load(spec);
  }

  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const edit = this.env.model.cellEdit;
    if (edit && this.alive) {
      // Excel refuses a batch while the user is in cell-edit mode, unless the run asked to wait.
      if (this.delayForCellEdit) return edit.until.then(() => this.sync(passThroughValue));
      this.queue = [];
      this.env.stats.syncs++;
      return Promise.reject(
        new FakeOfficeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        ),
      );
    }
    const ops = this.queue;
    this.queue = [];
    // A slow connection (the workbench's and the tests' knob): the batch runs when it "arrives".
    const latency = this.env.latency?.ms ?? 0;
    if (latency > 0 && this.alive)
      return new Promise((resolve) => setTimeout(resolve, latency)).then(() => this.send(ops, passThroughValue));
    return this.send(ops, passThroughValue);
  }

  private send<T>(ops: Op[], passThroughValue?: T): Promise<T | undefined> {
    if (!this.alive)
      return Promise.reject(
        new FakeOfficeError(
          "InvalidRequestContext",
          "Cannot use the request context: its Excel.run batch has finished.",
        ),
      );
    this.env.stats.syncs++;
    try {
      const requestBytes = ops.reduce((sum, op) => sum + op.bytes + COMMAND_BYTES, 0);
      if (requestBytes > this.env.limits.maxPayloadBytes) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${this.env.limits.maxPayloadBytes} bytes). See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization.`,
        );
      }
      const batch = new Batch(this.env);
      for (const op of ops) op.run(batch);
      batch.commit();
    } catch (e) {
      return Promise.reject(asOfficeError(e));
    }
    return Promise.resolve(passThroughValue);
  }
}

export class FakeClientResult<T> {
  private _value: T | undefined;
  private _loaded = false;

  get value(): T {
    if (!this._loaded) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        "The value of the result object has not been loaded yet. Before reading the value property, call 'context.sync()' on the associated request context.",
      );
    }
    return this._value as T;
  }

  /** @internal */
  _set(value: T): void {
    this._value = value;
    this._loaded = true;
  }
}

interface ObjectOptions<E> {
  /** *OrNullObject objects: a missing target makes a null object instead of failing the sync. */
  nullable?: boolean;
  /** Items of a loaded collection are bound from the start. */
  entity?: E;
}

/**
 * Maps the parent's entity to this object's. Each creator knows its parent's entity type, so
 * resolvers are written with that type; `never` lets any of them be stored here.
 */
export type Resolver<E> = (parentEntity: never) => E | null;

export abstract class FakeClientObject<E = unknown> {
  private _entity: E | null = null;
  private _bound = false;
  private _nullKnown = false;
  protected readonly _loaded = new Map<string, unknown>();
  /** Counted in `stats.reads` when loaded (ranges and tables: the reads the add-in must keep few). */
  protected readonly countsAsRead: boolean = false;

  constructor(
    readonly context: FakeRequestContext,
    private readonly _parent: FakeClientObject | null,
    private readonly _resolve: Resolver<E> | null,
    private readonly _options: ObjectOptions<E> = {},
  ) {
    if (_options.entity !== undefined) {
      this._entity = _options.entity;
      this._bound = true;
    }
    if (_options.nullable) {
      // Office.js sends OrNullObject lookups right away, so `isNullObject` is known after the next sync.
      context.enqueue({ bytes: 0, run: (batch) => this._stageNullness(batch) });
    }
    const api = context.env.api;
    if (api?.checks) return gated(this, api);
  }

  get isNullObject(): boolean {
    if (!this._nullKnown) throw propertyNotLoaded("isNullObject");
    return this._entity === null;
  }

  /** Names of the scalar properties `load()` can read. */
  protected abstract scalarNames(): readonly string[];

  protected abstract readScalar(entity: E, name: string): unknown;

  /** Child objects reachable by a load path ("format/fill/color"). */
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** Whether a bound entity has since disappeared (its sheet or table was deleted). */
  protected isStale(_entity: E): boolean {
    return false;
  }

  /** Binds this object to the document now (at sync time). Returns null for a null object. */
  _bind(): E | null {
    if (!this._bound) {
      let parentEntity: unknown = null;
      if (this._parent) {
        parentEntity = this._parent._bind();
        if (parentEntity === null) {
          if (!this._options.nullable) throw itemNotFound(this.constructor.name.replace(/^Fake/, ""));
          this._entity = null;
          this._bound = true;
          return null;
        }
      }
      const e = this._resolve ? (this._resolve as (p: unknown) => E | null)(parentEntity) : null;
      if (e === null && !this._options.nullable) throw itemNotFound(this.constructor.name.replace(/^Fake/, ""));
      this._entity = e;
      this._bound = true;
    }
    if (this._entity !== null && this.isStale(this._entity))
      throw itemNotFound(`${this.constructor.name.replace(/^Fake/, "")} (it was deleted)`);
    return this._entity;
  }

  /** The bound entity for a write or method: a null object cannot be written to. */
  protected _target(): E {
    const e = this._bind();
    if (e === null) throw itemNotFound(`${this.constructor.name.replace(/^Fake/, "")} is a null object`);
    return e;
  }

  private _stageNullness(batch: Batch): void {
    this._bind();
    batch.stage(() => {
      this._nullKnown = true;
    });
  }

  load(spec?: unknown): this {
    const node = parseLoad(spec);
    this.context.enqueue({ bytes: 0, run: (batch) => this._snapshot(node, batch) });
    return this;
  }

  /** Executes a load at its place in the queue. */
  _snapshot(node: LoadNode, batch: Batch): void {
    const e = this._bind();
    if (e === null) {
      batch.stage(() => {
        this._nullKnown = true;
      });
      return;
    }
    const scalars = this.scalarNames();
    const wanted = node.all ? [...scalars] : [];
    for (const key of node.props.keys()) {
      // A member named in a load string needs its requirement set as much as one called in code.
      const refusal = this.context.env.api?.use(this.constructor.name.replace(/^Fake/, ""), key);
      if (refusal) throw refusal;
      if (scalars.includes(key)) {
        if (!wanted.includes(key)) wanted.push(key);
      } else if (!this.navigation(key) && key !== "isNullObject") {
        throw invalidArgument(`the property '${key}' doesn't exist on ${this.constructor.name.replace(/^Fake/, "")}`);
      }
    }
    const staged: Array<[string, unknown]> = [];
    batch.addResponse(undefined, RESPONSE_OBJECT_BYTES);
    for (const name of wanted) {
      const value = this.readScalar(e, name);
      batch.addResponse(value, name.length + 3); // "name":value,
      staged.push([name, value]);
    }
    for (const [key, sub] of node.props) {
      const child = this.navigation(key);
      if (child) child._snapshot(sub, batch);
    }
    if (this.countsAsRead) batch.stage(() => this.context.env.stats.reads++);
    batch.stage(() => {
      this._nullKnown = true;
      for (const [k, v] of staged) this._loaded.set(k, v);
    });
  }

  protected prop<T>(name: string): T {
    if (!this._loaded.has(name) || (this._nullKnown && this._entity === null && this._bound))
      throw propertyNotLoaded(name);
    return this._loaded.get(name) as T;
  }

  /** Queues a property write; the value also becomes readable locally, as in Office.js. */
  protected setProp(name: string, value: unknown, apply: (entity: E) => void): void {
    this.context.enqueue({ bytes: estimateBytes(value) + name.length, run: () => apply(this._guarded()) });
    this._loaded.set(name, value);
  }

  /** Queues a method call. */
  protected call(apply: (entity: E) => void, args: unknown[] = []): void {
    this.context.enqueue({ bytes: estimateBytes(args), run: () => apply(this._guarded()) });
  }

  /**
   * Refuses, at sync, a property write or method call the document does not allow (a protected
   * sheet: protection.ts). Objects whose every write changes the sheet override it.
   */
  protected guardWrite(_entity: E): void {}

  private _guarded(): E {
    const e = this._target();
    this.guardWrite(e);
    return e;
  }

  /** Queues a method call whose answer is read through `.value` after sync. */
  protected callForResult<T>(compute: (entity: E) => T, args: unknown[] = []): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    this.context.enqueue({
      bytes: estimateBytes(args),
      run: (batch) => {
        const v = compute(this._target());
        batch.addResponse(v, RESPONSE_OBJECT_BYTES);
        batch.stage(() => result._set(v));
      },
    });
    return result;
  }

  /** `set({ ... })`: scalars through their setters, nested objects on the child objects. */
  set(properties: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(properties)) {
      const child = this.navigation(k);
      if (child && v && typeof v === "object" && !Array.isArray(v)) child.set(v as Record<string, unknown>);
      else (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = v;
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` (and per-item properties, "items/name" or plain "name") come from load. */
export abstract class FakeCollection<E, I extends FakeClientObject> extends FakeClientObject<E> {
  get items(): I[] {
    return this.prop<I[]>("items");
  }

  /** Proxies, already bound, for the collection's current members. */
  protected abstract members(entity: E): I[];

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(_entity: E, _name: string): unknown {
    return undefined;
  }

  _snapshot(node: LoadNode, batch: Batch): void {
    const e = this._bind();
    if (e === null) {
      super._snapshot(node, batch);
      return;
    }
    const own: LoadNode = { all: false, props: new Map() };
    const itemNode: LoadNode = { all: node.all, props: new Map() };
    const ownNames = this.scalarNames();
    for (const [k, sub] of node.props) {
      if (k === "items") {
        itemNode.all ||= sub.all;
        for (const [ik, iv] of sub.props) itemNode.props.set(ik, iv);
      } else if (ownNames.includes(k)) own.props.set(k, sub);
      else itemNode.props.set(k, sub);
    }
    if (node.all) own.all = true;
    super._snapshot(own, batch);
    let list = this.members(e);
    if (node.skip) list = list.slice(node.skip);
    if (node.top !== undefined) list = list.slice(0, node.top);
    for (const item of list) item._snapshot(itemNode, batch);
    batch.stage(() => this._loaded.set("items", list));
  }
}

/** `onChanged` and friends: `add`/`remove` take effect at the next sync, as in Office.js. */
export class FakeEventHandlers<E> {
  constructor(
    private readonly owner: FakeClientObject<E>,
    private readonly hub: EventHub,
    private readonly scopeOf: (entity: E) => EventScope,
  ) {}

  add(handler: EventHandler): { context: FakeRequestContext; remove(): void } {
    let reg: Registration | null = null;
    const ctx = this.owner.context;
    ctx.enqueue({
      bytes: 0,
      run: (batch) => {
        const scope = this.scopeOf(this.target());
        batch.stage(() => {
          reg = this.hub.register(scope, handler);
        });
      },
    });
    return {
      context: ctx,
      remove: () => {
        ctx.enqueue({
          bytes: 0,
          run: (batch) =>
            batch.stage(() => {
              if (reg) this.hub.unregister(reg);
            }),
        });
      },
    };
  }

  remove(handler: EventHandler): void {
    this.owner.context.enqueue({
      bytes: 0,
      run: (batch) => {
        const scope = this.scopeOf(this.target());
        batch.stage(() => this.hub.unregisterHandler((s) => sameScope(s, scope), handler));
      },
    });
  }

  private target(): E {
    const e = this.owner._bind();
    if (e === null) throw itemNotFound("event source is a null object");
    return e;
  }
}

function sameScope(a: EventScope, b: EventScope): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "worksheet" && b.kind === "worksheet") return a.sheet === b.sheet;
  if (a.kind === "table" && b.kind === "table") return a.table === b.table;
  if (a.kind === "tables" && b.kind === "tables") return a.sheet === b.sheet;
  return true;
}

/**
 * The object behind a proxy that checks each public member used against the host's requirement
 * sets: a member above the level queues a command that rejects the sync with ApiNotFound, as the
 * host does (the JavaScript library has the member; the host does not run it).
 */
function gated<T extends FakeClientObject>(target: T, api: ApiGate): T {
  const cls = target.constructor.name.replace(/^Fake/, "");
  const check = (prop: string | symbol) => {
    if (typeof prop !== "string" || prop.startsWith("_")) return;
    const refusal = api.use(cls, prop);
    if (refusal)
      target.context.enqueue({
        bytes: 0,
        run: () => {
          throw refusal;
        },
      });
  };
  return new Proxy(target, {
    get(t, prop, receiver) {
      check(prop);
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      check(prop);
      return Reflect.set(t, prop, value, receiver);
    },
  });
}
