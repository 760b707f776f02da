import type { Comparator, IndicatorCatalog, LocalizedText, Measure, MeasureUnit, Target } from '@kehoach/sdk';

/**
 * The objectives, indicators and measures of Decision 23/QĐ-TTg (7 January 2021), Section I,
 * Article 1: 4 objectives, 24 indicators, 35 measures, with their 2025 and 2030 targets.
 *
 * Figures, units, directions and comparators are transcribed from the indicator table of the
 * decision ("dưới X" → `<`, "xuống X" → `≤`, "đạt X" → `≥`, "100% … duy trì" → `=` and a
 * `maintain` target). The titles are the compilers' wording: the Vietnamese follows the
 * decision's terms as far as they are known but was not checked against its text, which every
 * measure says in `note`. Indicator 15 is marked unconfirmed.
 */

/** Said on every measure: its Vietnamese title is not a verified quotation of the decision. */
const WORDING: LocalizedText = {
  vi: 'Tên chỉ số do nhóm biên soạn diễn đạt theo bảng chỉ tiêu; chưa đối chiếu nguyên văn Quyết định 23/QĐ-TTg.',
  en: 'Title worded by the compilers from the indicator table; not checked against the text of Decision 23/QĐ-TTg.',
};

const PERCENT: MeasureUnit = { kind: 'percent' };
const PERCENT_OF_COMMUNES: MeasureUnit = {
  kind: 'percent',
  denominator: { vi: 'xã, phường, thị trấn', en: 'communes, wards and towns' },
};
const PERCENT_OF_CHILDREN: MeasureUnit = {
  kind: 'percent',
  denominator: { vi: 'tổng số trẻ em', en: 'all children' },
};
const PER_1000_LIVE_BIRTHS: MeasureUnit = {
  kind: 'per_1000',
  denominator: { vi: 'trẻ đẻ sống', en: 'live births' },
};
const PER_100000_CHILDREN: MeasureUnit = {
  kind: 'per_100000',
  denominator: { vi: 'trẻ em', en: 'children' },
};
const COUNT: MeasureUnit = { kind: 'count' };

const level = (year: number, comparator: Comparator, value: number): Target => ({
  kind: 'level',
  year,
  comparator,
  value,
});

/** A level for 2025 and for 2030, the usual shape of a target in the decision. */
const by2025and2030 = (c2025: Comparator, v2025: number, c2030: Comparator, v2030: number): Target[] => [
  level(2025, c2025, v2025),
  level(2030, c2030, v2030),
];

/** "100% … vào năm 2025 và duy trì đến năm 2030" (indicators 7 and 12). */
const hundredThenMaintain: Target[] = [
  level(2025, '=', 100),
  { kind: 'maintain', year: 2030, comparator: '=', value: 100 },
];

const measure = (
  code: string,
  vi: string,
  en: string,
  unit: MeasureUnit,
  direction: Measure['direction'],
  targets: Target[],
): Measure => ({
  id: `qd23.${code}`,
  code,
  title: { vi, en },
  unit,
  direction,
  targets,
  note: WORDING,
});

const INDICATOR_15_NOTE: LocalizedText = {
  vi:
    'Chưa xác nhận: bản văn duy nhất của Quyết định tìm được ghi cho chỉ tiêu 15 đúng các con số của chỉ tiêu 16 (99,1% năm 2025; 99,3% năm 2030), có thể là lỗi sao chép. Tỉnh có thể thay chỉ tiêu này mà không cần sửa mã. ' +
    WORDING.vi,
  en:
    'Unconfirmed: the only copy of the decision found gives indicator 15 the same figures as indicator 16 (99.1% in 2025, 99.3% in 2030), which looks like a copying slip. A province may override these targets without a code change. ' +
    WORDING.en,
};

const unconfirmedLevel = (year: number, value: number): Target => ({
  kind: 'level',
  year,
  comparator: '≥',
  value,
  unconfirmed: true,
  note: {
    vi: 'Trùng con số của chỉ tiêu 16; chưa xác nhận.',
    en: 'Same figure as indicator 16; unconfirmed.',
  },
});

export const qd23: IndicatorCatalog = {
  id: 'qd23',
  decision: {
    number: '23/QĐ-TTg',
    date: '2021-01-07',
    issuer: { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
    title: {
      vi: 'Phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030',
      en: 'Approving the National Action Program for Children for the 2021–2030 period',
    },
  },
  period: { from: 2021, to: 2030 },
  source: {
    title:
      'Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030, Mục I, Điều 1',
    note: 'Con số, đơn vị, chiều và phép so sánh chép từ bảng chỉ tiêu của Quyết định; tên mục tiêu, chỉ tiêu, chỉ số (tiếng Việt và tiếng Anh) do nhóm biên soạn diễn đạt, chưa đối chiếu nguyên văn; chỉ tiêu 15 chưa xác nhận. — Figures, units, directions and comparators transcribed from the decision’s indicator table; the titles of objectives, indicators and measures (Vietnamese and English) are the compilers’ wording, not checked against the decision’s text; indicator 15 is unconfirmed.',
  },
  objectives: [
    {
      id: 'qd23.o1',
      number: 1,
      title: {
        vi: 'Phát triển toàn diện trẻ em, chăm sóc sức khỏe, dinh dưỡng cho trẻ em',
        en: 'Comprehensive development, health care and nutrition',
      },
      indicators: [
        {
          id: 'qd23.i1',
          number: 1,
          title: {
            vi: 'Xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em',
            en: 'Communes, wards and towns meeting the child-friendly standard',
          },
          measures: [
            measure(
              '1',
              'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em',
              'Communes/wards/towns meeting the child-friendly standard',
              PERCENT_OF_COMMUNES,
              'increase',
              by2025and2030('≥', 65, '≥', 75),
            ),
          ],
        },
        {
          id: 'qd23.i2',
          number: 2,
          title: {
            vi: 'Trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện',
            en: 'Children up to 8 with access to comprehensive development support services',
          },
          measures: [
            measure(
              '2',
              'Tỷ lệ trẻ em đến 8 tuổi được tiếp cận các dịch vụ hỗ trợ chăm sóc phát triển toàn diện',
              'Children up to 8 with access to comprehensive development support services',
              PERCENT,
              'increase',
              by2025and2030('≥', 90, '≥', 95),
            ),
          ],
        },
        {
          id: 'qd23.i3',
          number: 3,
          title: { vi: 'Tử vong trẻ em', en: 'Child mortality' },
          measures: [
            measure(
              '3a',
              'Tỷ suất tử vong trẻ sơ sinh',
              'Neonatal mortality',
              PER_1000_LIVE_BIRTHS,
              'decrease',
              by2025and2030('<', 9.5, '<', 9),
            ),
            measure(
              '3b',
              'Tỷ suất tử vong trẻ em dưới 1 tuổi',
              'Under-1 mortality',
              PER_1000_LIVE_BIRTHS,
              'decrease',
              by2025and2030('≤', 12.5, '≤', 10),
            ),
            measure(
              '3c',
              'Tỷ suất tử vong trẻ em dưới 5 tuổi',
              'Under-5 mortality',
              PER_1000_LIVE_BIRTHS,
              'decrease',
              by2025and2030('<', 18.5, '<', 15),
            ),
          ],
        },
        {
          id: 'qd23.i4',
          number: 4,
          title: { vi: 'Dinh dưỡng của trẻ em dưới 5 tuổi', en: 'Nutrition of children under 5' },
          measures: [
            measure(
              '4a',
              'Tỷ lệ suy dinh dưỡng thể nhẹ cân (cân nặng theo tuổi) ở trẻ em dưới 5 tuổi',
              'Under-5 underweight (weight-for-age)',
              PERCENT,
              'decrease',
              by2025and2030('<', 9, '<', 6),
            ),
            measure(
              '4b',
              'Tỷ lệ suy dinh dưỡng thể thấp còi (chiều cao theo tuổi) ở trẻ em dưới 5 tuổi',
              'Under-5 stunting (height-for-age)',
              PERCENT,
              'decrease',
              by2025and2030('≤', 17, '<', 15),
            ),
            measure(
              '4c',
              'Tỷ lệ trẻ em dưới 5 tuổi thừa cân, béo phì ở nông thôn',
              'Under-5 obesity, rural',
              PERCENT,
              'decrease',
              by2025and2030('<', 5, '<', 5),
            ),
            measure(
              '4d',
              'Tỷ lệ trẻ em dưới 5 tuổi thừa cân, béo phì ở thành thị',
              'Under-5 obesity, urban',
              PERCENT,
              'decrease',
              by2025and2030('<', 10, '<', 10),
            ),
          ],
        },
        {
          id: 'qd23.i5',
          number: 5,
          title: { vi: 'Tiêm chủng cho trẻ em', en: 'Immunisation of children' },
          measures: [
            measure(
              '5a',
              'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ 8 loại vắc xin',
              'Under-1 fully immunised with the 8 vaccines',
              PERCENT,
              'increase',
              by2025and2030('≥', 97, '≥', 98),
            ),
            measure(
              '5b',
              'Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng đầy đủ các loại vắc xin',
              'Under-5 fully immunised with all vaccines',
              PERCENT,
              'increase',
              [level(2030, '≥', 98)],
            ),
          ],
        },
        {
          id: 'qd23.i6',
          number: 6,
          title: { vi: 'Lây truyền HIV từ mẹ sang con', en: 'Mother-to-child HIV transmission' },
          measures: [
            measure(
              '6',
              'Tỷ lệ lây truyền HIV từ mẹ sang con',
              'Mother-to-child HIV transmission',
              PERCENT,
              'decrease',
              [level(2030, '≤', 2)],
            ),
          ],
        },
        {
          id: 'qd23.i7',
          number: 7,
          title: {
            vi: 'Cơ sở giáo dục dành cho trẻ em có công trình vệ sinh',
            en: 'Educational institutions for children with sanitation facilities',
          },
          measures: [
            measure(
              '7',
              'Tỷ lệ cơ sở giáo dục dành cho trẻ em có công trình vệ sinh',
              'Educational institutions for children with sanitation facilities',
              PERCENT,
              'increase',
              hundredThenMaintain,
            ),
          ],
        },
      ],
    },
    {
      id: 'qd23.o2',
      number: 2,
      title: { vi: 'Bảo vệ trẻ em', en: 'Child protection' },
      indicators: [
        {
          id: 'qd23.i8',
          number: 8,
          title: { vi: 'Trẻ em có hoàn cảnh đặc biệt', en: 'Children in special circumstances' },
          measures: [
            measure(
              '8a',
              'Tỷ lệ trẻ em có hoàn cảnh đặc biệt trên tổng số trẻ em',
              'Children in special circumstances, of all children',
              PERCENT_OF_CHILDREN,
              'decrease',
              by2025and2030('<', 6.5, '<', 6),
            ),
            measure(
              '8b',
              'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được chăm sóc, nuôi dưỡng, trợ giúp',
              'Children in special circumstances who are cared for, raised or assisted',
              PERCENT,
              'increase',
              by2025and2030('≥', 90, '≥', 95),
            ),
          ],
        },
        {
          id: 'qd23.i9',
          number: 9,
          title: { vi: 'Trẻ em bị xâm hại', en: 'Children abused' },
          measures: [
            measure(
              '9',
              'Tỷ lệ trẻ em bị xâm hại trên tổng số trẻ em',
              'Children abused, of all children',
              PERCENT_OF_CHILDREN,
              'decrease',
              by2025and2030('<', 4.5, '<', 4),
            ),
          ],
        },
        {
          id: 'qd23.i10',
          number: 10,
          title: {
            vi: 'Trẻ em lao động, người chưa thành niên làm việc',
            en: 'Child labour and minors at work',
          },
          measures: [
            measure(
              '10',
              'Tỷ lệ trẻ em lao động, người chưa thành niên làm việc trong nhóm 5-17 tuổi',
              'Child labour and minors at work, ages 5–17',
              PERCENT,
              'decrease',
              by2025and2030('≤', 4.9, '≤', 4.5),
            ),
          ],
        },
        {
          id: 'qd23.i11',
          number: 11,
          title: { vi: 'Tai nạn, thương tích ở trẻ em', en: 'Accidents and injuries among children' },
          measures: [
            measure(
              '11a',
              'Tỷ suất trẻ em bị tai nạn thương tích',
              'Children injured in accidents',
              PER_100000_CHILDREN,
              'decrease',
              by2025and2030('≤', 550, '≤', 500),
            ),
            measure(
              '11b',
              'Tỷ suất trẻ em tử vong do tai nạn thương tích',
              'Children killed by accidents and injuries',
              PER_100000_CHILDREN,
              'decrease',
              by2025and2030('≤', 16, '≤', 15),
            ),
          ],
        },
        {
          id: 'qd23.i12',
          number: 12,
          title: {
            vi: 'Trẻ em gặp thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời',
            en: 'Children hit by natural disasters or catastrophes who get timely relief',
          },
          measures: [
            measure(
              '12',
              'Tỷ lệ trẻ em gặp thiên tai, thảm họa được cứu trợ, hỗ trợ kịp thời',
              'Children hit by natural disasters or catastrophes who get timely relief',
              PERCENT,
              'increase',
              hundredThenMaintain,
            ),
          ],
        },
        {
          id: 'qd23.i13',
          number: 13,
          title: { vi: 'Tảo hôn', en: 'Child marriage' },
          measures: [
            measure('13', 'Số cuộc tảo hôn', 'Child marriages (number of cases)', COUNT, 'decrease', [
              {
                kind: 'yearly_change',
                fromYear: 2025,
                toYear: 2030,
                minPercent: 2,
                aimPercent: 3,
                note: {
                  vi: 'Giảm số cuộc tảo hôn từ 2 đến 3% mỗi năm, từ năm 2025 đến năm 2030; mỗi năm so với năm trước.',
                  en: 'Cut the number of child marriages by 2–3% every year from 2025 to 2030, each year against the one before.',
                },
              },
            ]),
          ],
        },
        {
          id: 'qd23.i14',
          number: 14,
          title: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
          measures: [
            measure(
              '14',
              'Tỷ lệ trẻ em dưới 5 tuổi được đăng ký khai sinh',
              'Under-5 children with a registered birth',
              PERCENT,
              'increase',
              by2025and2030('≥', 98.5, '=', 100),
            ),
          ],
        },
      ],
    },
    {
      id: 'qd23.o3',
      number: 3,
      title: {
        vi: 'Giáo dục, văn hóa, vui chơi, giải trí cho trẻ em',
        en: 'Education, culture, play and recreation',
      },
      indicators: [
        {
          id: 'qd23.i15',
          number: 15,
          title: {
            vi: 'Trẻ em dưới 5 tuổi phát triển đúng mức về sức khỏe, học tập và tâm lý xã hội',
            en: 'Under-5 children developmentally on track in health, learning and psychosocial well-being',
          },
          measures: [
            {
              ...measure(
                '15',
                'Tỷ lệ trẻ em dưới 5 tuổi phát triển đúng mức về sức khỏe, học tập và tâm lý xã hội',
                'Under-5 children developmentally on track in health, learning and psychosocial well-being',
                PERCENT,
                'increase',
                [unconfirmedLevel(2025, 99.1), unconfirmedLevel(2030, 99.3)],
              ),
              unconfirmed: true,
              note: INDICATOR_15_NOTE,
            },
          ],
        },
        {
          id: 'qd23.i16',
          number: 16,
          title: { vi: 'Trẻ em 5 tuổi đi học mẫu giáo', en: '5-year-olds attending kindergarten' },
          measures: [
            measure(
              '16',
              'Tỷ lệ trẻ em 5 tuổi đi học mẫu giáo',
              '5-year-olds attending kindergarten',
              PERCENT,
              'increase',
              by2025and2030('≥', 99.1, '≥', 99.3),
            ),
          ],
        },
        {
          id: 'qd23.i17',
          number: 17,
          title: { vi: 'Giáo dục tiểu học', en: 'Primary education' },
          measures: [
            measure(
              '17a',
              'Tỷ lệ trẻ em hoàn thành cấp tiểu học',
              'Children completing primary school',
              PERCENT,
              'increase',
              by2025and2030('≥', 97, '≥', 99),
            ),
            measure(
              '17b',
              'Tỷ lệ bỏ học cấp tiểu học',
              'Primary dropout',
              PERCENT,
              'decrease',
              by2025and2030('<', 0.12, '<', 0.1),
            ),
          ],
        },
        {
          id: 'qd23.i18',
          number: 18,
          title: { vi: 'Giáo dục trung học cơ sở', en: 'Lower-secondary education' },
          measures: [
            measure(
              '18a',
              'Tỷ lệ trẻ em hoàn thành cấp trung học cơ sở',
              'Children completing lower secondary school',
              PERCENT,
              'increase',
              by2025and2030('≥', 88, '≥', 93),
            ),
            measure(
              '18b',
              'Tỷ lệ bỏ học cấp trung học cơ sở',
              'Lower-secondary dropout',
              PERCENT,
              'decrease',
              by2025and2030('<', 0.14, '<', 0.05),
            ),
          ],
        },
        {
          id: 'qd23.i19',
          number: 19,
          title: {
            vi: 'Trường học có dịch vụ hỗ trợ tâm lý cho trẻ em',
            en: 'Schools with psychological support services for children',
          },
          measures: [
            measure(
              '19',
              'Tỷ lệ trường học có dịch vụ hỗ trợ tâm lý cho trẻ em',
              'Schools with psychological support services for children',
              PERCENT,
              'increase',
              [level(2025, '≥', 95)],
            ),
          ],
        },
        {
          id: 'qd23.i20',
          number: 20,
          title: { vi: 'Giáo dục cho trẻ em khuyết tật', en: 'Education of children with disabilities' },
          measures: [
            measure(
              '20a',
              'Tỷ lệ trường học có cơ sở vật chất, tài liệu học tập phù hợp cho học sinh khuyết tật',
              'Schools with infrastructure and materials suited to pupils with disabilities',
              PERCENT,
              'increase',
              by2025and2030('≥', 55, '≥', 60),
            ),
            measure(
              '20b',
              'Tỷ lệ trẻ em khuyết tật có nhu cầu học tập được tiếp cận giáo dục chuyên biệt hoặc hòa nhập và hỗ trợ phục hồi chức năng',
              'Children with disabilities who need schooling and get special or inclusive education and rehabilitation support',
              PERCENT,
              'increase',
              by2025and2030('≥', 80, '≥', 90),
            ),
          ],
        },
        {
          id: 'qd23.i21',
          number: 21,
          title: {
            vi: 'Xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em',
            en: 'Communes, wards and towns with a cultural and play space for children',
          },
          measures: [
            measure(
              '21',
              'Tỷ lệ xã, phường, thị trấn có điểm văn hóa, vui chơi dành cho trẻ em',
              'Communes/wards/towns with a cultural and play space for children',
              PERCENT_OF_COMMUNES,
              'increase',
              by2025and2030('≥', 40, '≥', 45),
            ),
          ],
        },
      ],
    },
    {
      id: 'qd23.o4',
      number: 4,
      title: {
        vi: 'Sự tham gia của trẻ em vào các vấn đề về trẻ em',
        en: "Children's participation in matters about children",
      },
      indicators: [
        {
          id: 'qd23.i22',
          number: 22,
          title: {
            vi: 'Trẻ em từ 7 tuổi trở lên được tham vấn ý kiến về các vấn đề về trẻ em',
            en: "Children aged 7+ consulted on children's issues",
          },
          measures: [
            measure(
              '22',
              'Tỷ lệ trẻ em từ 7 tuổi trở lên được tham vấn ý kiến về các vấn đề về trẻ em với hình thức phù hợp',
              "Children aged 7+ consulted on children's issues in suitable forms",
              PERCENT,
              'increase',
              by2025and2030('≥', 30, '≥', 35),
            ),
          ],
        },
        {
          id: 'qd23.i23',
          number: 23,
          title: {
            vi: 'Trẻ em được nâng cao nhận thức, năng lực về quyền tham gia',
            en: 'Children with better awareness and capacity on their right to participate',
          },
          measures: [
            measure(
              '23',
              'Tỷ lệ trẻ em được nâng cao nhận thức, năng lực về quyền tham gia của trẻ em',
              'Children with better awareness and capacity on their right to participate',
              PERCENT,
              'increase',
              by2025and2030('≥', 85, '≥', 90),
            ),
          ],
        },
        {
          id: 'qd23.i24',
          number: 24,
          title: {
            vi: 'Trẻ em từ 11 tuổi trở lên tham gia các mô hình, hoạt động thúc đẩy quyền tham gia',
            en: 'Children aged 11+ taking part in models and activities that promote participation',
          },
          measures: [
            measure(
              '24',
              'Tỷ lệ trẻ em từ 11 tuổi trở lên tham gia các mô hình, hoạt động thúc đẩy quyền tham gia của trẻ em',
              'Children aged 11+ taking part in models and activities that promote participation',
              PERCENT,
              'increase',
              by2025and2030('≥', 30, '≥', 35),
            ),
          ],
        },
      ],
    },
  ],
};
