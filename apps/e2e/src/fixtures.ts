import {
  agencyDuties,
  type KehoachClient,
  planCatalog,
  type ReportContent,
  reportReferenceDate,
} from '@kehoach/sdk';

/**
 * A complete report content for the signed-in agency, built from the public API and the sdk
 * (what the agency answers for at the due date): every task in progress, one measure with a
 * value, the others with a note.
 */
export async function completeContent(
  api: KehoachClient,
  planId: string,
  year: number,
  first: { value: number; numerator?: number; denominator?: number },
): Promise<ReportContent> {
  const [me, plan, registry] = await Promise.all([
    api.me(),
    api.getPlan({ planId }),
    api.getOrganizations({ planId }),
  ]);
  // The plan's measures: its catalog's, then its own.
  const catalog = planCatalog(plan, await api.getCatalog({ catalogId: plan.catalogId }));
  const duties = agencyDuties({
    plan,
    catalog,
    registry,
    agencyId: me.agencyId ?? '',
    date: reportReferenceDate(plan, year),
  });
  return {
    tasks: duties.tasks.map((t) => ({
      taskId: t.task.id,
      status: 'in_progress',
      results: 'Đang triển khai theo kế hoạch.',
    })),
    measures: duties.measures.map((m, i) =>
      i === 0
        ? {
            measureId: m.measure.id,
            value: first.value,
            ...(m.measure.unit.kind !== 'count' && first.numerator !== undefined
              ? { numerator: first.numerator, denominator: first.denominator }
              : {}),
            dataSource: 'Sở Y tế, số liệu thống kê',
            note: '',
          }
        : { measureId: m.measure.id, value: null, dataSource: '', note: 'Chưa có số liệu năm nay.' },
    ),
    budget: [],
    difficulties: 'Thiếu cán bộ chuyên trách ở cấp xã.',
    recommendations: 'Đề nghị bổ sung kinh phí tập huấn.',
  };
}
