import * as z from 'zod/mini';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, NonBlankSchema } from '../../schemas/common.js';
import { AgencyKindSchema, GovernmentLevelSchema, SuccessionKindSchema } from '../../schemas/organization.js';

const entity = {
  id: IdSchema,
  name: LocalizedTextSchema,
  level: GovernmentLevelSchema,
  validFrom: z.optional(IsoDateSchema),
  validTo: z.optional(IsoDateSchema),
};
const successions = z.array(
  z.object({
    fromId: IdSchema,
    toId: IdSchema,
    effective: IsoDateSchema,
    kind: SuccessionKindSchema,
    functions: z.optional(z.array(z.string())),
    share: z.optional(z.number()),
    source: z.object({ title: NonBlankSchema }),
  }),
);

/**
 * What a page that names agencies and units and follows their successions reads of the
 * `getOrganizations` body (the dashboard; the report form): names, levels, validity, parents, the
 * successions `resolveAgency` / `resolveUnit` follow and a collective's members (`memberIds`,
 * which `agencyDuties` reads for an assignment to "Các Sở, Ban, ngành"). The rest is left out, not kept unchecked (signature
 * blocks, codes, notes; the registry's own rules are the server's, `OrganizationRegistrySchema`):
 * a smaller check, and a page's bundle without the whole registry's schema. Every registry passes
 * it (a test says so), and what it gives is an `OrganizationRegistry` to the sdk's functions.
 */
export const OrganizationsOutlineSchema = z.object({
  agencies: z.array(
    z.object({
      ...entity,
      kind: AgencyKindSchema,
      unitId: z.optional(IdSchema),
      memberIds: z.optional(z.array(IdSchema)),
    }),
  ),
  units: z.array(z.object({ ...entity, parentId: z.optional(IdSchema) })),
  agencySuccessions: successions,
  unitSuccessions: successions,
});
export type OrganizationsOutline = z.infer<typeof OrganizationsOutlineSchema>;
