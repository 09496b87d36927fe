/**
 * Maximum-weight assignment of mentees to mentors with capacities (issue 4, decision 4).
 *
 * The problem is a transportation LP: maximise Σ s_ij·x_ij subject to Σ_j x_ij ≤ 1 for every mentee,
 * Σ_i x_ij ≤ cap_j for every mentor, x ≥ 0; its matrix is totally unimodular, so an integral optimum
 * exists, and a solution is optimal exactly when dual prices u_i ≥ 0, v_j ≥ 0 exist with
 * s_ij ≤ u_i + v_j for every allowed pair and Σ u_i + Σ cap_j·v_j equal to the solution's total.
 *
 * How it is solved: min-cost flow (cost −s) by successive shortest paths. Each mentee is added in turn
 * and sent along a shortest path of the residual graph, either to a mentor with a free place (possibly
 * moving other mentees along the way) or to "unmatched" at cost 0. Dijkstra runs on reduced costs with
 * Johnson potentials and stops as soon as the sink is settled. A dense instance (5,000 × 1,500) would
 * make every search scan millions of arcs, so the searches run on a sparse candidate graph — each
 * mentee's K best mentors — and the final potentials are then checked as a dual certificate against
 * EVERY dense pair. Any pair the certificate rejects joins the graph and the search runs again,
 * warm-started from the mentor potentials; the graph only grows, so this ends, and it ends with a
 * certificate for the full dense problem: the result is optimal, not a heuristic.
 *
 * Determinism: no randomness, no hash-order dependence; mentees are added in index order and every
 * tie in the searches is broken by the lower node index.
 */

export interface AssignmentSolution {
  /** Each mentee's mentor index or null. */
  assignment: (number | null)[];
  /** Sum of the chosen scores. */
  total: number;
  /** Dual prices proving optimality: s_ij ≤ u[i] + v[j] for every allowed pair, u, v ≥ 0. */
  u: Float64Array;
  v: Float64Array;
  /** Σ u + Σ cap·v; equals `total` up to rounding. */
  dualObjective: number;
  /** Candidate-graph rounds (1 when the first sparse graph already held an optimum). */
  rounds: number;
  /** Arcs of the final candidate graph. */
  candidateArcs: number;
}

/** Mentors kept per mentee in the first candidate graph. */
const INITIAL_CANDIDATES = 16;

/**
 * Rows mentees, columns mentors, null = forbidden. Returns each mentee's mentor index or null,
 * maximising the sum of chosen scores with mentor j used at most capacities[j] times. A pair with a
 * score ≤ 0 is never chosen (an unmatched mentee contributes 0). Deterministic. Throws an Error for
 * ragged rows, a capacities array of the wrong length, negative or non-integer capacities, NaN/±Infinity.
 */
export function maximumWeightAssignment(
  scores: readonly (readonly (number | null)[])[],
  capacities: readonly number[],
): (number | null)[] {
  return solveAssignment(scores, capacities).assignment;
}

function validate(scores: readonly (readonly (number | null)[])[], capacities: readonly number[]): void {
  if (!Array.isArray(scores)) throw new Error('maximumWeightAssignment: scores must be an array of rows');
  if (!Array.isArray(capacities)) throw new Error('maximumWeightAssignment: capacities must be an array');
  const m = capacities.length;
  for (let j = 0; j < m; j += 1) {
    const c = capacities[j];
    if (typeof c !== 'number' || !Number.isInteger(c) || c < 0)
      throw new Error(
        `maximumWeightAssignment: capacities[${j}] must be a non-negative integer, got ${String(c)}`,
      );
  }
  for (let i = 0; i < scores.length; i += 1) {
    const row = scores[i];
    if (!Array.isArray(row)) throw new Error(`maximumWeightAssignment: scores[${i}] is not an array`);
    if (row.length !== m)
      throw new Error(
        `maximumWeightAssignment: scores[${i}] has ${row.length} entries but there are ${m} capacities ` +
          '(one column per mentor; rows must not be ragged)',
      );
    for (let j = 0; j < m; j += 1) {
      const s = row[j];
      if (s === null) continue;
      if (typeof s !== 'number' || !Number.isFinite(s))
        throw new Error(
          `maximumWeightAssignment: scores[${i}][${j}] must be a finite number or null, got ${String(s)}`,
        );
    }
  }
}

/** Per mentee, the `k` best positive-score mentors with a place (ties: lower index), plus `extra`. */
function buildCandidates(
  scores: readonly (readonly (number | null)[])[],
  capacities: readonly number[],
  k: number,
  extra: readonly (number[] | undefined)[],
): { start: Int32Array; mentor: Int32Array; score: Float64Array } {
  const n = scores.length;
  const m = capacities.length;
  const start = new Int32Array(n + 1);
  const chosen: number[][] = new Array<number[]>(n);
  const topJ = new Int32Array(Math.max(k, 1));
  const topS = new Float64Array(Math.max(k, 1));
  let total = 0;
  for (let i = 0; i < n; i += 1) {
    const row = scores[i]!;
    let size = 0;
    for (let j = 0; j < m; j += 1) {
      const s = row[j];
      if (s === null || s === undefined || s <= 0 || capacities[j] === 0) continue;
      if (size === k && s <= topS[k - 1]!) continue;
      // Insertion into the short sorted list (descending score, ascending index on ties).
      let p = size < k ? size : k - 1;
      while (p > 0 && topS[p - 1]! < s) {
        topS[p] = topS[p - 1]!;
        topJ[p] = topJ[p - 1]!;
        p -= 1;
      }
      topS[p] = s;
      topJ[p] = j;
      if (size < k) size += 1;
    }
    const list = Array.from(topJ.subarray(0, size));
    const more = extra[i];
    if (more) for (const j of more) if (!list.includes(j)) list.push(j);
    list.sort((a, b) => a - b);
    chosen[i] = list;
    total += list.length;
  }
  const mentor = new Int32Array(total);
  const score = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < n; i += 1) {
    start[i] = at;
    const row = scores[i]!;
    for (const j of chosen[i]!) {
      mentor[at] = j;
      score[at] = row[j] as number;
      at += 1;
    }
  }
  start[n] = at;
  return { start, mentor, score };
}

/** A binary min-heap of (key, node) in typed arrays; ties go to the lower node for determinism. */
class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(capacity, 16));
    this.nodes = new Int32Array(Math.max(capacity, 16));
  }
  clear(): void {
    this.size = 0;
  }
  private less(a: number, b: number): boolean {
    const ka = this.keys[a]!;
    const kb = this.keys[b]!;
    return ka < kb || (ka === kb && this.nodes[a]! < this.nodes[b]!);
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.nodes.length * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    let i = this.size;
    this.size += 1;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  topKey(): number {
    return this.keys[0]!;
  }
  topNode(): number {
    return this.nodes[0]!;
  }
  pop(): void {
    this.size -= 1;
    if (this.size === 0) return;
    this.keys[0] = this.keys[this.size]!;
    this.nodes[0] = this.nodes[this.size]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.less(r, l) ? r : l;
      if (!this.less(c, i)) break;
      this.swap(i, c);
      i = c;
    }
  }
  private swap(a: number, b: number): void {
    const k = this.keys[a]!;
    this.keys[a] = this.keys[b]!;
    this.keys[b] = k;
    const x = this.nodes[a]!;
    this.nodes[a] = this.nodes[b]!;
    this.nodes[b] = x;
  }
}

const UNPROCESSED = -2;
const UNMATCHED = -1;

interface FlowState {
  /** Mentor of each mentee, UNMATCHED, or UNPROCESSED. */
  assign: Int32Array;
  assignScore: Float64Array;
  /** Potentials (stored relative to the sink's, which stays `sink`). */
  pMentee: Float64Array;
  pMentor: Float64Array;
  sink: number;
}

/**
 * Successive shortest paths on the candidate graph from an empty flow, mentor potentials warm-started.
 * Invariant: every residual arc has a non-negative reduced cost c + p(from) − p(to), where mentee→mentor
 * costs −s, mentor→mentee (reverse) +s, mentee→sink ("unmatched") 0, mentor→sink (a free place) 0.
 */
function successiveShortestPaths(
  graph: { start: Int32Array; mentor: Int32Array; score: Float64Array },
  capacities: readonly number[],
  pMentor: Float64Array,
): FlowState {
  const n = graph.start.length - 1;
  const m = capacities.length;
  const { start, mentor: arcMentor, score: arcScore } = graph;
  const cap = Int32Array.from(capacities);
  let totalCap = 0;
  for (let j = 0; j < m; j += 1) totalCap += cap[j]!;
  // Mentees of each mentor in fixed slots: slotStart[j] … slotStart[j] + load[j] − 1.
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j += 1) slotStart[j + 1] = slotStart[j]! + cap[j]!;
  const slots = new Int32Array(Math.max(totalCap, 1));
  const load = new Int32Array(m);
  const slotOf = new Int32Array(n);

  const assign = new Int32Array(n).fill(UNPROCESSED);
  const assignScore = new Float64Array(n);
  const pMentee = new Float64Array(n);
  // With the flow empty, mentor→sink arcs all exist: the sink's potential must not exceed any mentor's.
  let sink = Infinity;
  for (let j = 0; j < m; j += 1) if (cap[j]! > 0 && pMentor[j]! < sink) sink = pMentor[j]!;
  if (!Number.isFinite(sink)) sink = 0;

  const distMentee = new Float64Array(n);
  const distMentor = new Float64Array(m);
  const seenMentee = new Int32Array(n);
  const seenMentor = new Int32Array(m);
  const doneMentee = new Int32Array(n);
  const doneMentor = new Int32Array(m);
  const parentMentee = new Int32Array(n);
  const parentMentor = new Int32Array(m);
  const settled: number[] = [];
  const heap = new MinHeap(graph.mentor.length + n + m + 1);

  for (let s = 0; s < n; s += 1) {
    const stamp = s + 1;
    // A new mentee has no incoming residual arc, so its potential may be set to make its arcs tight.
    let ps = sink;
    for (let a = start[s]!; a < start[s + 1]!; a += 1) {
      const q = arcScore[a]! + pMentor[arcMentor[a]!]!;
      if (q > ps) ps = q;
    }
    pMentee[s] = ps;
    if (start[s] === start[s + 1]) {
      assign[s] = UNMATCHED;
      continue;
    }

    // Dijkstra from s; the sink is reached through the best of the candidate arcs into it.
    let best = ps - sink; // s stays unmatched
    let bestEnd = -1; // -1: s unmatched; ≥ 0 mentee index (becomes unmatched); ≤ -2: mentor −(j + 2)
    settled.length = 0;
    heap.clear();
    seenMentee[s] = stamp;
    distMentee[s] = 0;
    parentMentee[s] = -1;
    heap.push(0, s);
    while (heap.size > 0) {
      const d = heap.topKey();
      const node = heap.topNode();
      heap.pop();
      if (d >= best) break;
      if (node < n) {
        const i = node;
        if (doneMentee[i] === stamp || d > distMentee[i]!) continue;
        doneMentee[i] = stamp;
        settled.push(node);
        const pi = pMentee[i]!;
        if (i !== s) {
          // i holds a mentor now; it could give that place up and stay unmatched.
          let rc = pi - sink;
          if (rc < 0) rc = 0;
          if (d + rc < best) {
            best = d + rc;
            bestEnd = i;
          }
        }
        const own = assign[i]!;
        for (let a = start[i]!; a < start[i + 1]!; a += 1) {
          const j = arcMentor[a]!;
          if (j === own || doneMentor[j] === stamp) continue;
          let rc = -arcScore[a]! + pi - pMentor[j]!;
          if (rc < 0) rc = 0; // rounding only: the invariant keeps it ≥ 0
          const nd = d + rc;
          if (nd >= best) continue;
          if (seenMentor[j] !== stamp || nd < distMentor[j]!) {
            seenMentor[j] = stamp;
            distMentor[j] = nd;
            parentMentor[j] = i;
            heap.push(nd, n + j);
          }
        }
      } else {
        const j = node - n;
        if (doneMentor[j] === stamp || d > distMentor[j]!) continue;
        doneMentor[j] = stamp;
        settled.push(node);
        const pj = pMentor[j]!;
        if (load[j]! < cap[j]!) {
          let rc = pj - sink;
          if (rc < 0) rc = 0;
          if (d + rc < best) {
            best = d + rc;
            bestEnd = -(j + 2);
          }
        }
        for (let t = slotStart[j]!; t < slotStart[j]! + load[j]!; t += 1) {
          const i = slots[t]!;
          if (doneMentee[i] === stamp) continue;
          let rc = assignScore[i]! + pj - pMentee[i]!;
          if (rc < 0) rc = 0;
          const nd = d + rc;
          if (nd >= best) continue;
          if (seenMentee[i] !== stamp || nd < distMentee[i]!) {
            seenMentee[i] = stamp;
            distMentee[i] = nd;
            parentMentee[i] = j;
            heap.push(nd, i);
          }
        }
      }
    }

    // Augment along the path back to s: each mentee on it takes the place (mentor, slot) of the next.
    if (bestEnd === -1) {
      assign[s] = UNMATCHED;
    } else {
      let j: number;
      let slot: number;
      if (bestEnd >= 0) {
        j = assign[bestEnd]!;
        slot = slotOf[bestEnd]!;
        assign[bestEnd] = UNMATCHED;
      } else {
        j = -bestEnd - 2;
        slot = slotStart[j]! + load[j]!;
        load[j] = load[j]! + 1;
      }
      for (;;) {
        const i = parentMentor[j]!;
        const prevMentor = assign[i]!;
        const prevSlot = slotOf[i]!;
        slots[slot] = i;
        slotOf[i] = slot;
        assign[i] = j;
        assignScore[i] = scoreOf(i, j);
        if (i === s) break;
        j = prevMentor;
        slot = prevSlot;
      }
    }

    // Potentials: settled nodes move by their distance, everything else by the sink's distance; the
    // sink's own potential stays fixed, so subtract `best` throughout.
    for (const node of settled) {
      if (node < n) pMentee[node] = pMentee[node]! + distMentee[node]! - best;
      else pMentor[node - n] = pMentor[node - n]! + distMentor[node - n]! - best;
    }
    // Nodes not settled move by `best` − `best` = 0 relative to the sink.
  }
  return { assign, assignScore, pMentee, pMentor, sink };

  function scoreOf(i: number, j: number): number {
    for (let a = start[i]!; a < start[i + 1]!; a += 1) if (arcMentor[a] === j) return arcScore[a]!;
    throw new Error('maximumWeightAssignment: internal error (arc not found)');
  }
}

/**
 * The same as maximumWeightAssignment, with the dual certificate (tests and benchmarks check it).
 * `candidates` sets the size of the first sparse graph (tests make it tiny to exercise the rounds).
 */
export function solveAssignment(
  scores: readonly (readonly (number | null)[])[],
  capacities: readonly number[],
  options: { candidates?: number } = {},
): AssignmentSolution {
  validate(scores, capacities);
  const n = scores.length;
  const m = capacities.length;
  let maxAbs = 0;
  for (const row of scores) for (const x of row) if (x !== null && Math.abs(x) > maxAbs) maxAbs = Math.abs(x);
  // Potentials are sums and differences of scores: compare with a tolerance relative to their size.
  const tol = 1e-9 * (1 + maxAbs);
  const extra: (number[] | undefined)[] = new Array<number[] | undefined>(n);
  const pMentor = new Float64Array(m);
  // Mentors per mentee in the first graph, and at most that many added per mentee and round.
  const k = Math.max(1, Math.min(m, options.candidates ?? INITIAL_CANDIDATES));
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  for (let round = 1; ; round += 1) {
    const graph = buildCandidates(scores, capacities, k, extra);
    const flow = successiveShortestPaths(graph, capacities, pMentor);
    for (let i = 0; i < n; i += 1) u[i] = Math.max(0, flow.pMentee[i]! - flow.sink);
    for (let j = 0; j < m; j += 1) v[j] = Math.max(0, flow.sink - flow.pMentor[j]!);
    // The certificate over every dense pair. A violated pair is one the sparse graph lacked (arcs of
    // the graph satisfy it by the reduced-cost invariant); each mentee with violations gets its most
    // violated pairs added — at most `k` a round, so the graph grows by what the prices point at.
    let violations = 0;
    const topJ = new Int32Array(Math.max(k, 1));
    const topX = new Float64Array(Math.max(k, 1));
    for (let i = 0; i < n; i += 1) {
      const row = scores[i]!;
      const ui = u[i]!;
      let size = 0;
      for (let j = 0; j < m; j += 1) {
        const x = row[j];
        if (x === null || x === undefined || x <= 0 || capacities[j] === 0) continue;
        const excess = x - ui - v[j]!;
        if (excess <= tol) continue;
        violations += 1;
        if (size === k && excess <= topX[k - 1]!) continue;
        let p = size < k ? size : k - 1;
        while (p > 0 && topX[p - 1]! < excess) {
          topX[p] = topX[p - 1]!;
          topJ[p] = topJ[p - 1]!;
          p -= 1;
        }
        topX[p] = excess;
        topJ[p] = j;
        if (size < k) size += 1;
      }
      if (size > 0) (extra[i] ??= []).push(...Array.from(topJ.subarray(0, size)));
    }
    if (violations > 0) continue;
    const assignment: (number | null)[] = new Array<number | null>(n);
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      const j = flow.assign[i]!;
      assignment[i] = j >= 0 ? j : null;
      if (j >= 0) total += flow.assignScore[i]!;
    }
    let dualObjective = 0;
    for (let i = 0; i < n; i += 1) dualObjective += u[i]!;
    for (let j = 0; j < m; j += 1) dualObjective += capacities[j]! * v[j]!;
    // Weak duality makes dualObjective ≥ any feasible total; equality proves this one optimal.
    if (Math.abs(dualObjective - total) > tol * (n + m + 1))
      throw new Error(
        `maximumWeightAssignment: internal error (duality gap ${dualObjective - total}); please report it`,
      );
    return { assignment, total, u, v, dualObjective, rounds: round, candidateArcs: graph.mentor.length };
  }
}
