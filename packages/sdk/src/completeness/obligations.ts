import type { OrganizationRegistry } from '../schemas/organization.js';
import type { Plan } from '../schemas/plan.js';
import { indexRegistry } from '../succession/registry-index.js';
import { resolveAgency } from '../succession/resolve.js';

/** An agency that owes a report at a date, with what it answers for. */
export interface Obligation {
  /** Agency in charge at the date (successor of the agencies named in the plan). */
  agencyId: string;
  /** Agencies as named in the plan, per assignment, that this agency answers for. */
  assignedAs: Array<{ assignmentId: string; agencyId: string }>;
}

/** Who owes reports, and the collectives that could not be broken down into agencies. */
export interface Obligations {
  owing: Obligation[];
  /** Collectives named without members ("Các Sở, Ban, ngành"). */
  unenumerated: Array<{ assignmentId: string; agencyId: string }>;
}

/**
 * Agencies owing a yearly report at `date` (cơ quan phải báo cáo): every assignment's agencies,
 * collectives expanded through `memberIds` (the member is what `assignedAs` names), each
 * resolved to its successor with the assignment's `successionFunction`, merged per successor
 * in order of first appearance.
 * @throws {UnknownEntityError} when an assignment names an agency not in the registry.
 */
export function reportObligations(
  plan: Pick<Plan, 'assignments'>,
  registry: OrganizationRegistry,
  date: string,
): Obligations {
  const { agencies } = indexRegistry(registry);
  const byAgency = new Map<string, Obligation>();
  const unenumerated: Obligations['unenumerated'] = [];
  for (const a of plan.assignments ?? []) {
    const opts = a.successionFunction === undefined ? undefined : { function: a.successionFunction };
    for (const named of a.agencyIds) {
      const agency = agencies.get(named);
      const members = agency?.kind === 'collective' ? agency.memberIds : undefined;
      if (agency?.kind === 'collective' && (members === undefined || members.length === 0)) {
        unenumerated.push({ assignmentId: a.id, agencyId: named });
        continue;
      }
      for (const id of members ?? [named]) {
        const owner = resolveAgency(registry, id, date, opts).id;
        let entry = byAgency.get(owner);
        if (entry === undefined) {
          entry = { agencyId: owner, assignedAs: [] };
          byAgency.set(owner, entry);
        }
        if (!entry.assignedAs.some((x) => x.assignmentId === a.id && x.agencyId === id)) {
          entry.assignedAs.push({ assignmentId: a.id, agencyId: id });
        }
      }
    }
  }
  return { owing: [...byAgency.values()], unenumerated };
}
