export {
  type AgencyDuties,
  type AgencyDutiesInput,
  type AssignmentDuty,
  agencyDuties,
  type DutyLink,
  type MeasureDuty,
  type TaskDuty,
} from './agency-duties.js';
export { catalogMeasures, type MeasurePlace, measuresById } from './catalog-index.js';
export { type JurisdictionInput, jurisdictionUnitIds } from './jurisdiction.js';
