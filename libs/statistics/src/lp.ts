import lpPakke, { type Model, type SolveResult, type SolverAPI } from 'javascript-lp-solver';

// The package's types describe its CommonJS face, while Node loads its ES module whose default export is
// the solver itself; accept either shape.
const solver: SolverAPI = ((lpPakke as unknown as { default?: SolverAPI }).default ?? lpPakke) as unknown as SolverAPI;

/** A linear programme in the solver's JSON form: named variables, constraints and one objective. */
export interface LpModell {
  readonly retning: 'min' | 'max';
  /** Variable name → coefficients per constraint name; the objective is the coefficient under `maal`. */
  readonly variabler: Record<string, Record<string, number>>;
  readonly likheter: Record<string, number>;
  readonly heltall?: boolean;
  /** Stop branch and cut after this many milliseconds and return the best integer solution found (if any). */
  readonly tidsgrenseMs?: number;
}

export interface LpLosning {
  readonly mulig: boolean;
  readonly begrenset: boolean;
  readonly verdi: number;
  /** Values of the variables that are non-zero in the solution. */
  readonly variabler: Record<string, number>;
}

/** Name of the objective row in the solver model. */
export const MAAL = '__maal';

/**
 * Solve a linear (or, with `heltall`, integer) programme with javascript-lp-solver (simplex with
 * branch and cut). All variables are non-negative, as counts are.
 */
export function losLp(modell: LpModell): LpLosning {
  const constraints: Model['constraints'] = {};
  for (const [navn, verdi] of Object.entries(modell.likheter)) constraints[navn] = { equal: verdi };
  const m: Model = { optimize: MAAL, opType: modell.retning, constraints, variables: modell.variabler };
  if (modell.heltall) m.ints = Object.fromEntries(Object.keys(modell.variabler).map((v) => [v, 1]));
  if (modell.tidsgrenseMs) (m as Model & { timeout?: number }).timeout = modell.tidsgrenseMs;
  const r = solver.Solve(m) as SolveResult;
  const variabler: Record<string, number> = {};
  for (const v of Object.keys(modell.variabler)) {
    const x = r[v];
    if (typeof x === 'number' && x !== 0) variabler[v] = x;
  }
  return { mulig: r.feasible, begrenset: r.bounded !== false && Number.isFinite(r.result), verdi: r.result, variabler };
}
