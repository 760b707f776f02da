import type { WindowRule } from '../schemas/plan.js';

/**
 * The reporting regime's data cut-off window (thời gian chốt số liệu), the default of a plan that
 * sets none (`reporting.window` replaces it). Decree 09/2019/NĐ-CP, Art. 12, as repeated in
 * provincial rules (Khánh Hòa, Decision 01/2023/QĐ-UBND, Art. 4), gives one rule for every
 * cadence — a window ends on the 14th of the period's last month and the next starts on the
 * 15th: yearly 15 December of the previous year → 14 December; six-monthly 15 December → 14 June
 * and 15 June → 14 December; quarterly the 15th of the month before the quarter → the 14th of
 * its last month; monthly the 15th of the previous month → the 14th. Data, in the plan's own
 * shape: a rule changed by a later decree is a change of this value, not of the code that
 * counts with it.
 */
export const REGIME_WINDOW: WindowRule = { endDay: 14 };
