import { type Dec, ZERO } from '../decimal.js';

/**
 * A piecewise-linear function of the monthly request volume R ≥ 0.
 *
 * Segment i covers [starts[i], starts[i+1]) (the last one runs to infinity) and is worth
 * `intercepts[i] + slopes[i] × R` there. Segments are left-closed, so a step up "at" a capacity
 * boundary is placed at the first integer volume that needs the extra capacity. Between breakpoints
 * everything is linear, which is what lets breakevens be solved in closed form and curves be
 * evaluated without re-running the model.
 */
export interface Piecewise {
  readonly starts: readonly Dec[];
  readonly intercepts: readonly Dec[];
  readonly slopes: readonly Dec[];
}

/** `intercept + slope × R` everywhere. */
export function linear(intercept: Dec, slope: Dec): Piecewise {
  return { starts: [ZERO], intercepts: [intercept], slopes: [slope] };
}

export function constant(value: Dec): Piecewise {
  return linear(value, ZERO);
}

/** Index of the segment that contains R (R ≥ 0). */
export function segmentIndex(fn: Piecewise, r: Dec): number {
  const { starts } = fn;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]!.lte(r)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function evaluate(fn: Piecewise, r: Dec): Dec {
  const i = segmentIndex(fn, r);
  return fn.intercepts[i]!.plus(fn.slopes[i]!.times(r));
}

export function scale(fn: Piecewise, factor: Dec): Piecewise {
  if (factor.eq(1)) return fn;
  return {
    starts: fn.starts,
    intercepts: fn.intercepts.map((a) => a.times(factor)),
    slopes: fn.slopes.map((b) => b.times(factor)),
  };
}

export function isLinear(fn: Piecewise): boolean {
  return fn.starts.length === 1;
}

/** Pointwise f + g (merges breakpoints). */
export function add(f: Piecewise, g: Piecewise): Piecewise {
  if (isLinear(f) && isLinear(g)) {
    return linear(f.intercepts[0]!.plus(g.intercepts[0]!), f.slopes[0]!.plus(g.slopes[0]!));
  }
  const starts: Dec[] = [];
  const intercepts: Dec[] = [];
  const slopes: Dec[] = [];
  let i = 0;
  let j = 0;
  let at: Dec = ZERO;
  for (;;) {
    starts.push(at);
    intercepts.push(f.intercepts[i]!.plus(g.intercepts[j]!));
    slopes.push(f.slopes[i]!.plus(g.slopes[j]!));
    const nextF = f.starts[i + 1];
    const nextG = g.starts[j + 1];
    if (nextF === undefined && nextG === undefined) break;
    if (nextG === undefined || nextF?.lt(nextG)) {
      at = nextF!;
      i++;
    } else if (nextF === undefined || nextG.lt(nextF)) {
      at = nextG;
      j++;
    } else {
      at = nextF;
      i++;
      j++;
    }
  }
  return { starts, intercepts, slopes };
}

export function sum(fns: readonly Piecewise[]): Piecewise {
  return weightedSum(fns, null);
}

/**
 * Σ weights[i] × fns[i]. Linear terms are accumulated directly (two multiply-adds each), and only
 * the piecewise ones are merged: most line items are linear, so this saves most allocations.
 */
export function weightedSum(fns: readonly Piecewise[], weights: readonly Dec[] | null): Piecewise {
  let a = ZERO;
  let b = ZERO;
  let rest: Piecewise | null = null;
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i]!;
    const w = weights?.[i];
    if (fn.starts.length === 1) {
      a = a.plus(w ? fn.intercepts[0]!.times(w) : fn.intercepts[0]!);
      b = b.plus(w ? fn.slopes[0]!.times(w) : fn.slopes[0]!);
    } else {
      const term = w ? scale(fn, w) : fn;
      rest = rest === null ? term : add(rest, term);
    }
  }
  const linearPart = linear(a, b);
  return rest === null ? linearPart : add(rest, linearPart);
}

export function negate(fn: Piecewise): Piecewise {
  return {
    starts: fn.starts,
    intercepts: fn.intercepts.map((a) => a.neg()),
    slopes: fn.slopes.map((b) => b.neg()),
  };
}

/**
 * Pointwise max(0, f). Each linear segment that crosses zero is split at its root, so the result is
 * still piecewise linear (used for "top up to the plan minimum" and "credit up to its amount").
 */
export function clampAtZero(fn: Piecewise): Piecewise {
  const starts: Dec[] = [];
  const intercepts: Dec[] = [];
  const slopes: Dec[] = [];
  const push = (start: Dec, a: Dec, b: Dec) => {
    const last = starts.length - 1;
    if (last >= 0 && intercepts[last]!.eq(a) && slopes[last]!.eq(b)) return;
    starts.push(start);
    intercepts.push(a);
    slopes.push(b);
  };
  for (let i = 0; i < fn.starts.length; i++) {
    const start = fn.starts[i]!;
    const end = fn.starts[i + 1];
    const a = fn.intercepts[i]!;
    const b = fn.slopes[i]!;
    // The segment is linear, so its sign at both ends decides it; divide only to split it.
    const atStart = a.plus(b.times(start));
    const endSign = end === undefined ? b.s * (b.isZero() ? 0 : 1) : a.plus(b.times(end)).cmp(0);
    const startSign = atStart.cmp(0);
    if (startSign >= 0 && endSign >= 0) {
      push(start, a, b);
    } else if (startSign <= 0 && endSign <= 0) {
      push(start, ZERO, ZERO);
    } else {
      const root = a.neg().div(b);
      if (b.gt(0)) {
        push(start, ZERO, ZERO);
        push(root, a, b);
      } else {
        push(start, a, b);
        push(root, ZERO, ZERO);
      }
    }
  }
  return { starts, intercepts, slopes };
}

/** The pointwise minimum of f and a constant c: c − max(0, c − f). */
export function minWithConstant(fn: Piecewise, c: Dec): Piecewise {
  return add(constant(c), negate(clampAtZero(add(constant(c), negate(fn)))));
}

/**
 * A staircase: `height × max(minSteps, ceil(R / width))` for R up to `maxSteps × width`, one segment
 * per step (used for replicas that scale with volume). The step to k+1 starts at the integer volume
 * k × width + 1, so every integer volume gets exactly the capacity it needs.
 */
export function staircase(width: Dec, height: Dec, minSteps: number, maxSteps: number): Piecewise {
  const starts: Dec[] = [ZERO];
  const intercepts: Dec[] = [height.times(minSteps)];
  const slopes: Dec[] = [ZERO];
  for (let k = minSteps; k < maxSteps; k++) {
    starts.push(width.times(k).plus(1));
    intercepts.push(height.times(k + 1));
    slopes.push(ZERO);
  }
  return { starts, intercepts, slopes };
}
