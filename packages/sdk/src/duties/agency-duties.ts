import type { Basis } from '../schemas/common.js';
import type { IndicatorCatalog, Measure } from '../schemas/indicator.js';
import type { Agency, OrganizationRegistry } from '../schemas/organization.js';
import type { Assignment, Plan, Task } from '../schemas/plan.js';
import { indexRegistry } from '../succession/registry-index.js';
import { type Resolution, resolveAgency } from '../succession/resolve.js';
import { measuresById } from './catalog-index.js';

/** Why an agency answers for an item: which assignment, which agency as issued, on what basis. */
export interface DutyLink {
  assignmentId: string;
  /** Agency as named in the plan (at the plan's date). */
  asIssuedAgencyId: string;
  /** Whether the plan's text makes the link or the bundle author reads it so. */
  basis: Basis;
}

/** An assignment the agency answers for, through one of the agencies it names. */
export interface AssignmentDuty {
  assignment: Assignment;
  asIssuedAgencyId: string;
  /** How the as-issued agency resolves to the asked agency at the date. */
  resolution: Resolution<Agency>;
}

/** A task the agency answers for; `basis` is `as_issued` when any link is. */
export interface TaskDuty {
  task: Task;
  taskGroupId: string;
  basis: Basis;
  links: DutyLink[];
}

/** A measure the agency reports; `basis` is `as_issued` when any link is. */
export interface MeasureDuty {
  measure: Measure;
  indicatorId: string;
  objectiveId: string;
  basis: Basis;
  links: DutyLink[];
}

/** Everything an agency answers for under a plan at a date. */
export interface AgencyDuties {
  agencyId: string;
  date: string;
  assignments: AssignmentDuty[];
  tasks: TaskDuty[];
  measures: MeasureDuty[];
  /** Measure ids the plan links that the catalog does not have (a bundle error to show). */
  unknownMeasureIds: string[];
}

/** Input of {@link agencyDuties}. */
export interface AgencyDutiesInput {
  plan: Pick<Plan, 'assignments' | 'taskGroups'>;
  catalog: IndicatorCatalog;
  registry: OrganizationRegistry;
  agencyId: string;
  /** Day (YYYY-MM-DD) at which successions are followed. */
  date: string;
}

/**
 * What an agency answers for at a date (nhiệm vụ, chỉ tiêu của cơ quan): the assignments whose
 * named agency — or a listed member of a named collective — resolves to it with the
 * assignment's `successionFunction`, and their tasks and measures, each keeping the agency as
 * issued and the basis of the link. In 2026 Sở Y tế Lâm Đồng answers for what the plan gave
 * Sở LĐ-TB&XH Đắk Nông (children) and Sở Y tế Đắk Nông. Tasks and measures reached through
 * several assignments appear once, with every link; tasks come in plan order, measures in
 * catalog order (objective, indicator, measure).
 * @throws {UnknownEntityError} when the plan names an agency not in the registry.
 */
export function agencyDuties(input: AgencyDutiesInput): AgencyDuties {
  const { plan, registry, agencyId, date } = input;
  const assignments = matchingAssignments(plan.assignments ?? [], registry, agencyId, date);
  const tasksById = new Map<string, { task: Task; groupId: string }>();
  for (const g of plan.taskGroups ?? [])
    for (const task of g.tasks) tasksById.set(task.id, { task, groupId: g.id });
  const measures = measuresById(input.catalog);
  const taskDuties = new Map<string, TaskDuty>();
  const measureDuties = new Map<string, MeasureDuty>();
  const unknown = new Set<string>();
  for (const { assignment: a, asIssuedAgencyId } of assignments) {
    for (const l of a.taskLinks) {
      const t = tasksById.get(l.taskId);
      if (t === undefined) continue; // PlanSchema already refuses links to unknown tasks.
      const d = upsert(taskDuties, l.taskId, () => ({
        task: t.task,
        taskGroupId: t.groupId,
        basis: l.basis,
        links: [],
      }));
      addLink(d, { assignmentId: a.id, asIssuedAgencyId, basis: l.basis });
    }
    for (const l of a.measureLinks) {
      const place = measures.get(l.measureId);
      if (place === undefined) {
        unknown.add(l.measureId);
        continue;
      }
      const d = upsert(measureDuties, l.measureId, () => ({ ...place, basis: l.basis, links: [] }));
      addLink(d, { assignmentId: a.id, asIssuedAgencyId, basis: l.basis });
    }
  }
  return {
    agencyId,
    date,
    assignments,
    // In the order the plan lists its tasks and the catalog its indicators and measures (2, 3a,
    // 3b, 8a, 10, 24), not the order assignments happen to link them: the form shows them so.
    tasks: [...tasksById.keys()].flatMap((id) => taskDuties.get(id) ?? []),
    measures: [...measures.keys()].flatMap((id) => measureDuties.get(id) ?? []),
    unknownMeasureIds: [...unknown],
  };
}

function matchingAssignments(
  assignments: readonly Assignment[],
  registry: OrganizationRegistry,
  agencyId: string,
  date: string,
): AssignmentDuty[] {
  const { agencies } = indexRegistry(registry);
  const out: AssignmentDuty[] = [];
  for (const a of assignments) {
    const opts = a.successionFunction === undefined ? undefined : { function: a.successionFunction };
    for (const named of a.agencyIds) {
      const agency = agencies.get(named);
      const ids =
        agency?.kind === 'collective' && agency.memberIds?.length ? [named, ...agency.memberIds] : [named];
      for (const id of ids) {
        const resolution = resolveAgency(registry, id, date, opts);
        if (resolution.id === agencyId) out.push({ assignment: a, asIssuedAgencyId: id, resolution });
      }
    }
  }
  return out;
}

function upsert<T>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    map.set(key, v);
  }
  return v;
}

function addLink(d: { basis: Basis; links: DutyLink[] }, link: DutyLink): void {
  if (
    d.links.some((x) => x.assignmentId === link.assignmentId && x.asIssuedAgencyId === link.asIssuedAgencyId)
  )
    return;
  d.links.push(link);
  if (link.basis === 'as_issued') d.basis = 'as_issued';
}
