/** A complete yearly report (16 tasks, 35 measures, 3 budget lines) for the validation benchmark. */
export function makeReport() {
  const tasks = [];
  for (let i = 0; i < 16; i++) {
    tasks.push({
      taskId: `II.${1 + (i >> 2)}.${'abcd'[i & 3]}`,
      status: i % 3 === 0 ? 'completed' : 'in_progress',
      results: 'Tổ chức tuyên truyền, tập huấn cho cán bộ làm công tác trẻ em tại 71 xã, phường, thị trấn.',
    });
  }
  const measures = [];
  for (let i = 0; i < 35; i++) {
    measures.push({
      measureId: `qd23.m${i + 1}`,
      value: 12.5,
      numerator: 25,
      denominator: 200,
      dataSource: 'Báo cáo thống kê của ngành',
      note: '',
    });
  }
  const budget = ['III.1', 'III.2', 'III.3'].map((fundingId) => ({
    fundingId,
    planned: 1_500_000_000,
    spent: 1_200_000_000,
  }));
  return {
    tasks,
    measures,
    budget,
    difficulties: 'Nguồn lực còn hạn chế; đội ngũ cộng tác viên thường xuyên thay đổi.',
    recommendations: 'Đề nghị bố trí kinh phí cho hoạt động truyền thông ở cấp xã.',
  };
}
