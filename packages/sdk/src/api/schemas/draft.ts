import * as z from 'zod/mini';
import { ReportContentSchema } from '../../schemas/report.js';

/** Body of a draft save. `content` is validated with the same schema in the form. */
export const DraftRequestSchema = z.strictObject({ content: ReportContentSchema });
export type DraftRequest = z.infer<typeof DraftRequestSchema>;
