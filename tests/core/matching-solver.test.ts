import fc from 'fast-check';
import { maximumWeightAssignment } from '../../src/core';
import { solveAssignment } from '../../src/core/matching/solver';

type Scores = (number | null)[][];

/** The best total by trying every assignment (each mentee: nobody or any allowed mentor). */
function exhaustiveBest(scores: Scores, capacities: number[]): number {
  const used = capacities.map(() => 0);
  let best = 0;
  const go = (i: number, total: number): void => {
    if (i === scores.length) {
      if (total > best) best = total;
      return;
    }
    go(i + 1, total);
    scores[i]!.forEach((s, j) => {
      if (s === null || used[j]! >= capacities[j]!) return;
      used[j]! += 1;
      go(i + 1, total + s);
      used[j]! -= 1;
    });
  };
  go(0, 0);
  return best;
}

/** Checks every constraint of the contract and returns the total. */
function checkedTotal(scores: Scores, capacities: number[], result: (number | null)[]): number {
  expect(result).toHaveLength(scores.length);
  const used = capacities.map(() => 0);
  let total = 0;
  result.forEach((j, i) => {
    if (j === null) return;
    expect(Number.isInteger(j)).toBe(true);
    const s = scores[i]![j];
    expect(s).not.toBeNull(); // a forbidden pair is never chosen
    expect(s as number).toBeGreaterThan(0); // a negative (or zero) score is never chosen
    used[j]! += 1;
    total += s as number;
  });
  used.forEach((u, j) => expect(u).toBeLessThanOrEqual(capacities[j]!));
  return total;
}

/** The LP certificate: s ≤ u + v on every allowed pair, u, v ≥ 0, dual objective = total. */
function checkCertificate(scores: Scores, capacities: number[], candidates?: number): void {
  const sol = solveAssignment(scores, capacities, { candidates });
  const tol = 1e-6;
  expect(Math.min(0, ...sol.u, ...sol.v)).toBe(0);
  let violated = 0;
  scores.forEach((row, i) =>
    row.forEach((s, j) => {
      if (s !== null && capacities[j]! > 0 && s > sol.u[i]! + sol.v[j]! + tol) violated += 1;
    }),
  );
  expect(violated).toBe(0);
  let dual = 0;
  sol.u.forEach((x) => (dual += x));
  sol.v.forEach((x, j) => (dual += x * capacities[j]!));
  expect(Math.abs(dual - sol.total)).toBeLessThan(tol * (1 + Math.abs(sol.total)));
  expect(Math.abs(checkedTotal(scores, capacities, sol.assignment) - sol.total)).toBeLessThan(tol);
}

const instance = (maxMentees: number, maxMentors: number, score: fc.Arbitrary<number>) =>
  fc
    .record({ n: fc.integer({ min: 0, max: maxMentees }), m: fc.integer({ min: 0, max: maxMentors }) })
    .chain(({ n, m }) =>
      fc.record({
        scores: fc.array(fc.array(fc.option(score, { nil: null, freq: 4 }), { minLength: m, maxLength: m }), {
          minLength: n,
          maxLength: n,
        }),
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: m, maxLength: m }),
      }),
    );

/** Seeded pseudo-random numbers (no Math.random: failures must reproduce). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomInstance(
  n: number,
  m: number,
  seed: number,
  nullShare = 0.3,
): { scores: Scores; capacities: number[] } {
  const r = lcg(seed);
  const scores = Array.from({ length: n }, () =>
    Array.from({ length: m }, () => (r() < nullShare ? null : Math.round(r() * 1200 - 200) / 10)),
  );
  const capacities = Array.from({ length: m }, () => Math.floor(r() * 4));
  return { scores, capacities };
}

describe('maximumWeightAssignment (issue 4, decision 4)', () => {
  it('matches exhaustive search on small random instances (nulls, negative scores, zero capacities)', () => {
    fc.assert(
      fc.property(instance(6, 4, fc.integer({ min: -20, max: 100 })), ({ scores, capacities }) => {
        const result = maximumWeightAssignment(scores, capacities);
        expect(checkedTotal(scores, capacities, result)).toBe(exhaustiveBest(scores, capacities));
      }),
      { numRuns: 400 },
    );
  });

  it('matches exhaustive search with fractional scores', () => {
    fc.assert(
      fc.property(
        instance(6, 4, fc.double({ min: -50, max: 100, noNaN: true, noDefaultInfinity: true })),
        ({ scores, capacities }) => {
          const result = maximumWeightAssignment(scores, capacities);
          expect(checkedTotal(scores, capacities, result)).toBeCloseTo(exhaustiveBest(scores, capacities), 6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with many ties (scores from a few values) still finds the best total', () => {
    fc.assert(
      fc.property(instance(7, 4, fc.constantFrom(0, 10, 10, 20, 50)), ({ scores, capacities }) => {
        const result = maximumWeightAssignment(scores, capacities);
        expect(checkedTotal(scores, capacities, result)).toBe(exhaustiveBest(scores, capacities));
      }),
      { numRuns: 300 },
    );
  });

  it('matches exhaustive search when the first candidate graph is tiny (certificate rounds add the missing pairs)', () => {
    fc.assert(
      fc.property(instance(6, 5, fc.integer({ min: -20, max: 100 })), ({ scores, capacities }) => {
        const sol = solveAssignment(scores, capacities, { candidates: 1 });
        expect(checkedTotal(scores, capacities, sol.assignment)).toBe(exhaustiveBest(scores, capacities));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic: the same input gives the same assignment', () => {
    fc.assert(
      fc.property(instance(8, 5, fc.constantFrom(1, 5, 5, 9)), ({ scores, capacities }) => {
        const copy = scores.map((row) => [...row]);
        expect(maximumWeightAssignment(copy, [...capacities])).toEqual(
          maximumWeightAssignment(scores, capacities),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('holds every constraint and the LP optimality certificate on 300 × 100 instances', () => {
    for (const seed of [1, 2, 3]) {
      const { scores, capacities } = randomInstance(300, 100, seed);
      checkCertificate(scores, capacities);
      checkCertificate(scores, capacities, 2);
    }
  });

  it('needs more than the first candidate graph when every mentee wants the same mentors, and stays optimal', () => {
    const r = lcg(11);
    const quality = Array.from({ length: 60 }, () => r());
    const scores = Array.from({ length: 200 }, () =>
      quality.map((q) => (r() < 0.1 ? null : q * 80 + r() * 20)),
    );
    const capacities = quality.map((_, j) => 1 + (j % 3));
    const sol = solveAssignment(scores, capacities);
    expect(sol.rounds).toBeGreaterThan(1);
    checkCertificate(scores, capacities);
  });

  it('handles empty inputs, zero capacities and all-null rows', () => {
    expect(maximumWeightAssignment([], [])).toEqual([]);
    expect(maximumWeightAssignment([], [2, 1])).toEqual([]);
    expect(maximumWeightAssignment([[], []], [])).toEqual([null, null]);
    expect(maximumWeightAssignment([[5, 7]], [0, 0])).toEqual([null]);
    expect(
      maximumWeightAssignment(
        [
          [null, null],
          [3, null],
        ],
        [1, 1],
      ),
    ).toEqual([null, 0]);
    expect(maximumWeightAssignment([[-1, 0]], [1, 1])).toEqual([null]);
  });

  it('gives a mentor no more mentees than its capacity and prefers the higher total over greed', () => {
    // Greedy would give mentor 0 to mentee 0 (10) and leave mentee 1 with 1; the optimum is 9 + 8.
    expect(
      maximumWeightAssignment(
        [
          [10, 9],
          [8, 1],
        ],
        [1, 1],
      ),
    ).toEqual([1, 0]);
    expect(maximumWeightAssignment([[5], [6], [7]], [2])).toEqual([null, 0, 0]);
  });

  it('rejects malformed input with a clear Error', () => {
    expect(() => maximumWeightAssignment([[1, 2], [3]], [1, 1])).toThrow(
      /scores\[1\] has 1 entries but there are 2 capacities/,
    );
    expect(() => maximumWeightAssignment([[1, 2]], [1])).toThrow(
      /scores\[0\] has 2 entries but there are 1 capacities/,
    );
    expect(() => maximumWeightAssignment([[1]], [-1])).toThrow(
      /capacities\[0\] must be a non-negative integer, got -1/,
    );
    expect(() => maximumWeightAssignment([[1]], [1.5])).toThrow(
      /capacities\[0\] must be a non-negative integer/,
    );
    expect(() => maximumWeightAssignment([[NaN]], [1])).toThrow(
      /scores\[0\]\[0\] must be a finite number or null, got NaN/,
    );
    expect(() => maximumWeightAssignment([[Infinity]], [1])).toThrow(/got Infinity/);
    expect(() => maximumWeightAssignment([[-Infinity]], [1])).toThrow(/got -Infinity/);
  });
});
