import type { Assignment, Plan, ReportingRule } from '@kehoach/sdk';

/**
 * Kế hoạch Triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030
 * (UBND tỉnh Đắk Nông, tháng 02/2021), as issued. Every text is copied from
 * `sources/dak-nong-2021/plan.md`; the tests check it word for word. Blanks in the original
 * (the number and the day) stay unknown.
 *
 * Links from assignments (section IV) to tasks and measures say whether the plan's words make
 * them (`as_issued`) or they are the compilers' reading by subject (`interpretation`), with the
 * reason in `note`. English is given for titles only; Vietnamese is the text of record.
 */
/**
 * A plan with every part of the document: the Đắk Nông plan has them all, so its readers (tests,
 * fixtures, benchmarks) need not allow for a missing one.
 */
export type CompletePlan = Omit<Plan, 'assignments' | 'reporting'> &
  Required<Pick<Plan, 'number' | 'place' | 'implements' | 'milestones' | 'preamble' | 'purposes'>> &
  Required<Pick<Plan, 'requirements' | 'taskGroups' | 'funding' | 'recipients' | 'signer' | 'source'>> & {
    assignments: (Assignment & Required<Pick<Assignment, 'responsibilities'>>)[];
    reporting: ReportingRule & Required<Pick<ReportingRule, 'due' | 'text' | 'recipientAgencyId'>>;
  };

export const dakNong2021: CompletePlan = {
  id: 'dak-nong-2021',
  title: {
    vi: 'Triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030',
    en: "Implementation of Đắk Nông province's Action Program for Children, 2021–2030",
  },
  kind: 'plan',
  issuer: { agencyId: 'dak-nong.ubnd', unitId: 'dak-nong' },
  number: { asIssued: 'Số: /KH-UBND', value: null },
  issued: { year: 2021, month: 2 },
  place: 'Đắk Nông',
  implements: {
    number: '23/QĐ-TTg',
    date: '2021-01-07',
    title: {
      vi: 'Phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030',
      en: 'Approving the National Action Program for Children for the 2021–2030 period',
    },
  },
  catalogId: 'qd23',
  period: { from: 2021, to: 2030 },
  milestones: [2025, 2030],
  preamble: {
    vi: 'Thực hiện Quyết định số 23/QĐ-TTg ngày 07/01/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 (Quyết định số 23/QĐ-TTg); Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 (Kế hoạch), cụ thể như sau:',
  },
  purposes: [
    {
      vi: 'Xác định nhiệm vụ cụ thể, đề ra giải pháp và phân công, phối hợp tổ chức thực hiện có hiệu quả, nhằm đạt mục tiêu, chỉ tiêu được quy định tại Mục I, Điều 1 Quyết định số 23/QĐ-TTg.',
    },
  ],
  requirements: [
    {
      vi: 'Kế hoạch được triển khai nghiêm túc, đồng bộ trên địa bàn tỉnh, phù hợp với tình hình và điều kiện thực tế của cơ quan, đơn vị, địa phương.',
    },
  ],
  taskGroups: [
    {
      id: 'II.1',
      number: 1,
      title: {
        vi: 'Tăng cường công tác chỉ đạo, hướng dẫn, phối hợp của các Sở, Ban, ngành, địa phương đối với việc thực hiện các mục tiêu, chỉ tiêu',
      },
      tasks: [
        {
          id: 'II.1.a',
          label: 'a',
          text: {
            vi: 'Xây dựng kế hoạch, tổ chức triển khai thực hiện nhằm đạt các mục tiêu, chỉ tiêu về trẻ em giai đoạn 2021-2025 và đến năm 2030 theo quy định tại Quyết định số 23/QĐ-TTg.',
          },
        },
        {
          id: 'II.1.b',
          label: 'b',
          text: {
            vi: 'Lồng ghép các mục tiêu, chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội 5 năm, hàng năm của Sở, Ban, ngành, địa phương và xác định cụ thể cơ chế, nguồn lực thực hiện.',
          },
        },
        {
          id: 'II.1.c',
          label: 'c',
          text: {
            vi: 'Người đứng đầu Sở, Ban, ngành, địa phương chịu trách nhiệm lãnh đạo, chỉ đạo việc thực hiện các chính sách, chương trình, kế hoạch, mục tiêu, chỉ tiêu về trẻ em và giải quyết các vấn đề về trẻ em thuộc lĩnh vực, phạm vi Sở, Ban, ngành, địa phương quản lý.',
          },
        },
      ],
    },
    {
      id: 'II.2',
      number: 2,
      title: {
        vi: 'Phát triển hệ thống dịch vụ đáp ứng thực hiện quyền trẻ em có sự lồng ghép và phối hợp giữa các dịch vụ y tế, giáo dục, tư pháp và các dịch vụ an sinh xã hội; ưu tiên hệ thống dịch vụ bảo vệ trẻ em',
      },
      tasks: [
        {
          id: 'II.2.a',
          label: 'a',
          text: {
            vi: 'Xây dựng và phát triển các mạng lưới, mô hình cung cấp dịch vụ bảo vệ, chăm sóc trẻ em có sự lồng ghép, phối hợp, chuyển tuyến liên ngành, liên cấp theo hình thức dịch vụ một cửa và các gói dịch vụ tiếp cận trẻ em, cha mẹ và người chăm sóc trẻ em tại gia đình và cộng đồng.',
          },
        },
        {
          id: 'II.2.b',
          label: 'b',
          text: {
            vi: 'Đào tạo, bồi dưỡng, phát triển đội ngũ nhân viên công tác xã hội chuyên nghiệp và kiêm nhiệm; đội ngũ cung cấp dịch vụ y tế, giáo dục, tư pháp, bảo vệ trẻ em và các dịch vụ an sinh xã hội khác.',
          },
        },
        {
          id: 'II.2.c',
          label: 'c',
          text: {
            vi: 'Duy trì, phát triển hệ thống cơ sở có chức năng, nhiệm vụ cung cấp dịch vụ bảo vệ trẻ em các cấp.',
          },
        },
      ],
    },
    {
      id: 'II.3',
      number: 3,
      title: {
        vi: 'Tăng cường truyền thông, giáo dục về kiến thức, kỹ năng thực hiện quyền, bổn phận của trẻ em; vận động xã hội thực hiện các mục tiêu về trẻ em và giải quyết các vấn đề về trẻ em',
      },
      tasks: [
        {
          id: 'II.3.a',
          label: 'a',
          text: {
            vi: 'Đa dạng sản phẩm và các hình thức truyền thông, giáo dục, vận động xã hội trên các phương tiện thông tin đại chúng, môi trường mạng và truyền thông trực tiếp đến gia đình, cơ sở giáo dục và cộng đồng.',
          },
        },
        {
          id: 'II.3.b',
          label: 'b',
          text: {
            vi: 'Chú trọng truyền thông, giáo dục nâng cao kiến thức, kỹ năng thực hiện quyền trẻ em; chăm sóc, phát triển toàn diện trẻ em; tạo lập môi trường sống an toàn, thân thiện cho trẻ em; phòng, chống xâm hại trẻ em; bảo vệ trẻ em trong quá trình tố tụng, xử lý vi phạm hành chính; bảo vệ trẻ em trong thiên tai, thảm họa, dịch bệnh; phòng, chống tai nạn, thương tích trẻ em; thúc đẩy quyền tham gia của trẻ em vào các vấn đề của trẻ em.',
          },
        },
      ],
    },
    {
      id: 'II.4',
      number: 4,
      title: {
        vi: 'Bảo đảm nguồn lực thực hiện quyền trẻ em và các mục tiêu, chỉ tiêu về trẻ em; ưu tiên bố trí nguồn lực về bảo vệ trẻ em',
      },
      tasks: [
        {
          id: 'II.4.a',
          label: 'a',
          text: {
            vi: 'Bố trí nhân lực để tăng cường hiệu lực, hiệu quả của công tác quản lý nhà nước về trẻ em; tăng cường phối hợp liên ngành; nâng cao năng lực đội ngũ cán bộ, công chức, viên chức làm việc trong các lĩnh vực bảo vệ, chăm sóc, giáo dục trẻ em; chú trọng ứng dụng công nghệ thông tin trong công tác quản lý điều hành, cung cấp dịch vụ thực hiện quyền trẻ em.',
          },
        },
        {
          id: 'II.4.b',
          label: 'b',
          text: {
            vi: 'Nâng cao năng lực người được giao làm công tác bảo vệ trẻ em các cấp; vận động nguồn lực để phát triển mạng lưới cộng tác viên bảo vệ trẻ em tại cơ sở, cộng đồng dân cư.',
          },
        },
        {
          id: 'II.4.c',
          label: 'c',
          text: {
            vi: 'Bố trí ngân sách để thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Chương trình; ưu tiên các mục tiêu, chỉ tiêu về bảo vệ trẻ em.',
          },
        },
      ],
    },
    {
      id: 'II.5',
      number: 5,
      title: { vi: 'Vận động nguồn lực và sự tham gia của xã hội' },
      tasks: [
        {
          id: 'II.5.a',
          label: 'a',
          text: {
            vi: 'Vận động sự tham gia đóng góp nguồn lực của các tổ chức, doanh nghiệp, gia đình, cá nhân trong việc thực hiện quyền trẻ em, các mục tiêu, chỉ tiêu về trẻ em và giải quyết các vấn đề về trẻ em.',
          },
        },
        {
          id: 'II.5.b',
          label: 'b',
          text: {
            vi: 'Hình thành các phong trào, mạng lưới tình nguyện hỗ trợ thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em; khuyến khích hoạt động của quỹ bảo trợ trẻ em các cấp để hỗ trợ việc thực hiện các mục tiêu, chỉ tiêu.',
          },
        },
        {
          id: 'II.5.c',
          label: 'c',
          text: {
            vi: 'Tăng cường sự quản lý, điều phối của các cơ quan quản lý nhà nước đối với việc huy động, sử dụng nguồn lực xã hội cho trẻ em bảo đảm công bằng, minh bạch, hiệu quả.',
          },
        },
      ],
    },
    {
      id: 'II.6',
      number: 6,
      title: {
        vi: 'Tăng cường công tác kiểm tra, giám sát, thanh tra; cập nhật dữ liệu theo dõi, đánh giá việc thực hiện pháp luật, chính sách, chương trình, mục tiêu, chỉ tiêu về trẻ em',
      },
      tasks: [
        {
          id: 'II.6.a',
          label: 'a',
          text: {
            vi: 'Tăng cường kiểm tra, giám sát, thanh tra việc thực hiện pháp luật, chính sách về trẻ em; giải quyết kịp thời khiếu nại, tố cáo và xử lý vi phạm pháp luật về trẻ em; giải quyết, đôn đốc việc giải quyết ý kiến, kiến nghị của trẻ em, cha mẹ, người giám hộ, tổ chức đại diện tiếng nói nguyện vọng của trẻ em.',
          },
        },
        {
          id: 'II.6.b',
          label: 'b',
          text: {
            vi: 'Tổng hợp, thống kê, báo cáo về tình hình trẻ em, thực hiện chính sách, pháp luật về quyền trẻ em; thực hiện các khảo sát, điều tra, nghiên cứu về trẻ em, tình hình xâm hại trẻ em và các tác động đến việc thực hiện quyền trẻ em.',
          },
        },
      ],
    },
  ],
  funding: [
    {
      id: 'III.1',
      number: 1,
      text: {
        vi: 'Từ ngân sách Trung ương hỗ trợ có mục tiêu cho Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 theo Quyết định số 23/QĐ-TTg và ngân sách địa phương theo quy định của pháp luật.',
      },
      isSource: true,
    },
    {
      id: 'III.2',
      number: 2,
      text: {
        vi: 'Nguồn tài trợ, viện trợ quốc tế; huy động từ xã hội, cộng đồng; các nguồn hợp pháp khác.',
      },
      isSource: true,
    },
    {
      id: 'III.3',
      number: 3,
      text: {
        vi: 'Trên cơ sở chức năng, nhiệm vụ, quyền hạn được giao, hằng năm cơ quan, đơn vị có trách nhiệm chỉ đạo, lập dự toán ngân sách để bố trí thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp theo Kế hoạch.',
      },
      isSource: false,
    },
  ],
  assignments: [
    {
      id: 'IV.1',
      number: 1,
      heading: 'Sở Lao động - Thương binh và Xã hội',
      agencyIds: ['dak-nong.so-ldtbxh'],
      role: 'lead',
      responsibilities: [
        {
          id: 'IV.1.1',
          text: {
            vi: 'Chủ trì, phối hợp với các Sở, Ban, ngành và UBND các huyện, thành phố triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch theo chức năng, nhiệm vụ được giao nhằm đạt các mục tiêu, chỉ tiêu đề ra.',
          },
        },
        {
          id: 'IV.1.2',
          text: {
            vi: 'Chủ trì, phối hợp tổ chức truyền thông, tập huấn nâng cao năng lực quản lý; kỹ năng bảo vệ chăm sóc trẻ em cho đội ngũ làm công tác trẻ em tại địa phương cơ sở, cha mẹ, người chăm sóc trẻ em và trẻ em.',
          },
        },
        {
          id: 'IV.1.3',
          text: {
            vi: 'Chủ trì, phối hợp thực hiện kiểm tra, giám sát, thanh tra việc thực hiện pháp luật, chính sách về trẻ em; khảo sát, nghiên cứu tình hình xâm hại trẻ em và các tác động tiêu cực đến thực hiện quyền của trẻ em; phối hợp, giải quyết kịp thời khiếu nại, tố cáo.',
          },
        },
        {
          id: 'IV.1.4',
          text: {
            vi: 'Theo dõi, hướng dẫn, đôn đốc, đề nghị các địa phương, đơn vị liên quan thực hiện triển khai thực hiện bảo đảm chỉ tiêu, mục tiêu của Kế hoạch.',
          },
        },
        {
          id: 'IV.1.5',
          text: {
            vi: 'Phối hợp với các Sở, Ban, ngành và Ủy ban nhân dân các huyện, thành phố đánh giá, tổng hợp kết quả thực hiện Chương trình; định kỳ báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.1.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.1.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.1.c',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.2.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.2.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.2.c',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.3.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.3.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.4.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.4.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.4.c',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.5.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.5.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.5.c',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.6.a',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
        {
          taskId: 'II.6.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.1, gạch đầu dòng 1: "Chủ trì ... triển khai thực hiện các nhiệm vụ, giải pháp của Kế hoạch".',
            en: "IV.1, first bullet: the department leads the implementation of all the plan's tasks and solutions.",
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.2',
          basis: 'interpretation',
          note: {
            vi: 'Chỉ tiêu 2 không thuộc nhóm lĩnh vực nào trong cách phân công theo lĩnh vực; gán cho cơ quan chủ trì, đơn vị theo dõi, đôn đốc và tổng hợp mọi chỉ tiêu (IV.1, gạch đầu dòng 4–5).',
            en: 'Indicator 2 falls in none of the subject groups; linked to the lead department, which monitors and compiles every target (IV.1, bullets 4–5).',
          },
        },
        {
          measureId: 'qd23.8a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.8b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.9',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.10',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.11a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.11b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.12',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.13',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: bảo vệ trẻ em (chỉ tiêu 8–13) giao cơ quan chủ trì.',
            en: 'By subject: child protection (indicators 8–13) falls to the lead department.',
          },
        },
        {
          measureId: 'qd23.22',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sự tham gia của trẻ em (chỉ tiêu 22–24) giao cơ quan chủ trì.',
            en: "By subject: children's participation (indicators 22–24) falls to the lead department.",
          },
        },
        {
          measureId: 'qd23.23',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sự tham gia của trẻ em (chỉ tiêu 22–24) giao cơ quan chủ trì.',
            en: "By subject: children's participation (indicators 22–24) falls to the lead department.",
          },
        },
        {
          measureId: 'qd23.24',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sự tham gia của trẻ em (chỉ tiêu 22–24) giao cơ quan chủ trì.',
            en: "By subject: children's participation (indicators 22–24) falls to the lead department.",
          },
        },
      ],
      successionFunction: 'children',
    },
    {
      id: 'IV.2',
      number: 2,
      heading: 'Sở Tư pháp',
      agencyIds: ['dak-nong.so-tu-phap'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.2.1',
          text: { vi: 'Triển khai thực hiện đăng ký khai sinh cho trẻ em dưới 5 tuổi đạt mục tiêu đề ra.' },
        },
        {
          id: 'IV.2.2',
          text: {
            vi: 'Truyền thông, phổ biến, giáo dục pháp luật về bảo vệ trẻ em trong quá trình tố tụng, xử lý vi phạm hành chính; thực hiện và phát triển mô hình về cung cấp dịch vụ nuôi con nuôi trong nước theo quy định.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.2.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.2 "thực hiện và phát triển mô hình về cung cấp dịch vụ nuôi con nuôi trong nước" thuộc mạng lưới, mô hình cung cấp dịch vụ của II.2.a.',
            en: 'IV.2 asks for a model of domestic adoption services, one of the service models of II.2.a.',
          },
        },
        {
          taskId: 'II.3.b',
          basis: 'interpretation',
          note: {
            vi: 'IV.2 "giáo dục pháp luật về bảo vệ trẻ em trong quá trình tố tụng, xử lý vi phạm hành chính" trùng nội dung truyền thông, giáo dục của II.3.b.',
            en: 'IV.2 legal education on protecting children in proceedings repeats a subject of II.3.b.',
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.14',
          basis: 'as_issued',
          note: {
            vi: 'IV.2, gạch đầu dòng 1: "đăng ký khai sinh cho trẻ em dưới 5 tuổi đạt mục tiêu đề ra".',
            en: 'IV.2, first bullet: birth registration of children under 5 to reach the target (indicator 14).',
          },
        },
      ],
    },
    {
      id: 'IV.3',
      number: 3,
      heading: 'Công an tỉnh',
      agencyIds: ['dak-nong.cong-an'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.3.1',
          text: {
            vi: 'Chỉ đạo lực lượng công an các cấp chủ động phối hợp với các cơ quan, đơn vị, tổ chức, cá nhân có liên quan trong việc hỗ trợ, can thiệp, bảo vệ an toàn cho trẻ em là nạn nhân bị xâm hại; phòng ngừa tái phạm; quản lý, giáo dục trẻ em và người chưa thành niên vi phạm pháp luật; đấu tranh phòng, chống tội phạm xâm hại trẻ em.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.6.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.3 "đấu tranh phòng, chống tội phạm xâm hại trẻ em" thuộc việc xử lý vi phạm pháp luật về trẻ em của II.6.a.',
            en: 'IV.3 fighting crimes against children is part of handling violations of the law on children (II.6.a).',
          },
        },
      ],
      measureLinks: [],
    },
    {
      id: 'IV.4',
      number: 4,
      heading: 'Sở Giáo dục và Đào tạo',
      agencyIds: ['dak-nong.so-gddt'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.4.1',
          text: {
            vi: 'Triển khai chính sách, giải pháp nhằm giảm thiểu tình trạng trẻ em bỏ học, đặc biệt là trẻ em vùng đồng bào dân tộc thiểu số; trẻ em vùng sâu, vùng xa và vùng có điều kiện kinh tế - xã hội khó khăn, đặc biệt khó khăn; duy trì và mở rộng các trường bán trú và dân tộc nội trú.',
          },
        },
        {
          id: 'IV.4.2',
          text: {
            vi: 'Xây dựng môi trường giáo dục lành mạnh, thân thiện, không có bạo lực; nâng cao kiến thức, kỹ năng cho cán bộ quản lý giáo dục, giáo viên và học sinh về quyền tham gia của trẻ em vào các vấn đề về trẻ em; hướng dẫn, thực hiện và phát triển mô hình đối thoại học đường để thúc đẩy quyền tham gia của trẻ em trong trường học; mô hình cung cấp dịch vụ bảo vệ trẻ em trong trường học.',
          },
        },
        {
          id: 'IV.4.3',
          text: {
            vi: 'Triển khai việc phối hợp giữa nhà trường, gia đình, xã hội trong hoạt động giáo dục, đặc biệt là giáo dục lối sống văn hóa, rèn luyện đạo đức cho học sinh. Tích hợp, lồng ghép các nội dung có sự tham gia của trẻ em vào các chương trình chính khóa và hoạt động ngoại khóa phù hợp với cấp học, năng lực, sự phát triển của trẻ em.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.2.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.4 "mô hình cung cấp dịch vụ bảo vệ trẻ em trong trường học" thuộc mạng lưới, mô hình của II.2.a.',
            en: 'IV.4 child-protection service models in schools belong to the networks and models of II.2.a.',
          },
        },
        {
          taskId: 'II.3.b',
          basis: 'interpretation',
          note: {
            vi: 'IV.4 nâng cao kiến thức, kỹ năng "về quyền tham gia của trẻ em" trùng nội dung của II.3.b.',
            en: "IV.4 building knowledge and skills on children's participation repeats a subject of II.3.b.",
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.7',
          basis: 'interpretation',
          note: {
            vi: 'Chỉ tiêu 7 (cơ sở giáo dục có công trình vệ sinh) không thuộc nhóm lĩnh vực nào trong cách phân công theo lĩnh vực; gán cho ngành giáo dục vì đối tượng đo là cơ sở giáo dục.',
            en: 'Indicator 7 (educational institutions with sanitation facilities) falls in none of the subject groups; linked to Education because it counts educational institutions.',
          },
        },
        {
          measureId: 'qd23.15',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.16',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.17a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.17b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.18a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.18b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.19',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.20a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
        {
          measureId: 'qd23.20b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: giáo dục (chỉ tiêu 15–20) giao ngành giáo dục.',
            en: 'By subject: schooling (indicators 15–20) falls to the Department of Education and Training.',
          },
        },
      ],
    },
    {
      id: 'IV.5',
      number: 5,
      heading: 'Sở Y tế',
      agencyIds: ['dak-nong.so-y-te'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.5.1',
          text: {
            vi: 'Thực hiện các giải pháp, chương trình, đề án về chăm sóc sức khỏe, dinh dưỡng cho trẻ em, đặc biệt là trẻ em vùng đồng bào dân tộc thiểu số và miền núi.',
          },
        },
        {
          id: 'IV.5.2',
          text: {
            vi: 'Hướng dẫn, hỗ trợ chăm sóc sức khỏe cho trẻ em có hoàn cảnh đặc biệt, trẻ em bị xâm hại, trẻ em di cư, trẻ em bị ảnh hưởng bởi thiên tai, thảm họa, dịch bệnh, ô nhiễm môi trường; thực hiện và phát triển mô hình cung cấp dịch vụ bảo vệ trẻ em trong các bệnh viện.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.2.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.5 "mô hình cung cấp dịch vụ bảo vệ trẻ em trong các bệnh viện" thuộc mạng lưới, mô hình của II.2.a.',
            en: 'IV.5 child-protection service models in hospitals belong to the networks and models of II.2.a.',
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.3a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.3b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.3c',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.4a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.4b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.4c',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.4d',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.5a',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.5b',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
        {
          measureId: 'qd23.6',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: sức khỏe, dinh dưỡng (chỉ tiêu 3–6) giao ngành y tế.',
            en: 'By subject: health and nutrition (indicators 3–6) fall to the Department of Health.',
          },
        },
      ],
    },
    {
      id: 'IV.6',
      number: 6,
      heading: 'Sở Văn hóa - Thể thao và Du lịch',
      agencyIds: ['dak-nong.so-vhttdl'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.6.1',
          text: {
            vi: 'Hướng dẫn xây dựng các thiết chế văn hóa, thể thao dành cho trẻ em, nhất là các địa bàn kinh tế - xã hội đặc biệt khó khăn; bảo đảm hoạt động biểu diễn, sáng tác nghệ thuật có nội dung phù hợp với văn hóa truyền thống, phù hợp với trẻ em theo quy định của pháp luật.',
          },
        },
        {
          id: 'IV.6.2',
          text: {
            vi: 'Thực hiện các giải pháp bảo vệ trẻ em, phòng ngừa xâm hại trẻ em trong các hoạt động văn hóa, thể thao, du lịch; tăng cường công tác thanh tra, kiểm tra, quản lý chặt chẽ các sản phẩm văn hóa và việc tổ chức các hoạt động văn hóa bảo đảm cho trẻ em được tiếp cận môi trường văn hóa lành mạnh.',
          },
        },
        {
          id: 'IV.6.3',
          text: {
            vi: 'Hướng dẫn, trang bị kiến thức và kỹ năng cho gia đình về thực hiện quyền trẻ em; Lồng ghép mô hình nhóm gia đình đồng hành cùng trẻ em vào các câu lạc bộ phòng, chống bạo lực gia đình để thúc đẩy quyền tham gia của trẻ em trong gia đình.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.3.b',
          basis: 'interpretation',
          note: {
            vi: 'IV.6 "trang bị kiến thức và kỹ năng cho gia đình về thực hiện quyền trẻ em" trùng nội dung của II.3.b.',
            en: "IV.6 equipping families with knowledge and skills on children's rights repeats a subject of II.3.b.",
          },
        },
        {
          taskId: 'II.6.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.6 "tăng cường công tác thanh tra, kiểm tra" trong hoạt động văn hóa thuộc II.6.a.',
            en: 'IV.6 stronger inspection of cultural activities is part of II.6.a.',
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.21',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: điểm văn hóa, vui chơi cho trẻ em (chỉ tiêu 21) giao ngành văn hóa.',
            en: 'By subject: cultural and play spaces (indicator 21) fall to Culture, Sports and Tourism.',
          },
        },
      ],
    },
    {
      id: 'IV.7',
      number: 7,
      heading: 'Sở Thông tin và truyền thông',
      agencyIds: ['dak-nong.so-tttt'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.7.1',
          text: {
            vi: 'Chỉ đạo, hướng dẫn các cơ quan báo chí, tổ chức cá nhân hoạt động trên môi trường mạng ứng dụng công nghệ thông tin, truyền thông, vận động xã hội thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Kế hoạch; phổ biến kiến thức, kỹ năng về bảo vệ trẻ em, phòng ngừa xâm hại trẻ em trên môi trường mạng.',
          },
        },
        {
          id: 'IV.7.2',
          text: {
            vi: 'Thực hiện các giải pháp bảo vệ trẻ em, thiết lập các kênh thông tin để tiếp nhận, phản ánh thông tin về bảo vệ trẻ em trên môi trường mạng; bảo đảm quyền bí mật đời sống riêng tư của trẻ em trong hoạt động thông tin, truyền thông.',
          },
        },
        {
          id: 'IV.7.3',
          text: {
            vi: 'Bảo đảm sự an toàn cho trẻ em khi tham gia môi trường mạng; hướng dẫn, thực hiện và phát triển mô hình tăng cường năng lực của trẻ em tiếp cận cuộc cách mạng công nghiệp lần thứ tư.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.3.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.7 chỉ đạo báo chí, môi trường mạng "truyền thông, vận động xã hội" tương ứng II.3.a (phương tiện thông tin đại chúng, môi trường mạng).',
            en: 'IV.7 directing the press and online actors to communicate and mobilise corresponds to II.3.a (mass media, online environment).',
          },
        },
      ],
      measureLinks: [],
    },
    {
      id: 'IV.8',
      number: 8,
      heading: 'Sở Tài chính',
      agencyIds: ['dak-nong.so-tai-chinh'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.8.1',
          text: {
            vi: 'Chủ trì, trình cấp có thẩm quyền bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hàng năm của các Sở, Ban, ngành và địa phương theo quy định của Luật ngân sách Nhà nước.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.4.c',
          basis: 'interpretation',
          note: {
            vi: 'IV.8 "bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hàng năm" tương ứng II.4.c (bố trí ngân sách).',
            en: 'IV.8 providing funds in the yearly budget estimates corresponds to II.4.c (budget allocation).',
          },
        },
      ],
      measureLinks: [],
    },
    {
      id: 'IV.9',
      number: 9,
      heading: 'Các Sở, Ban, ngành',
      agencyIds: ['dak-nong.cac-so-ban-nganh'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.9.1',
          text: {
            vi: 'Các Sở, Ban, ngành căn cứ chức năng, nhiệm vụ, quyền hạn được giao có trách nhiệm thực hiện hoặc lồng ghép thực hiện các mục tiêu, nhiệm vụ và giải pháp đề ra vào nhiệm vụ hàng năm và 5 năm theo đúng quy định.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.1.a',
          basis: 'as_issued',
          note: {
            vi: 'Tiêu đề mục II.1 nêu "các Sở, Ban, ngành, địa phương".',
            en: 'The heading of II.1 names "các Sở, Ban, ngành, địa phương".',
          },
        },
        {
          taskId: 'II.1.b',
          basis: 'as_issued',
          note: {
            vi: 'II.1.b nêu "của Sở, Ban, ngành, địa phương".',
            en: 'II.1.b names the departments, agencies and localities.',
          },
        },
        {
          taskId: 'II.1.c',
          basis: 'as_issued',
          note: {
            vi: 'II.1.c nêu "Người đứng đầu Sở, Ban, ngành, địa phương".',
            en: 'II.1.c names the heads of departments, agencies and localities.',
          },
        },
      ],
      measureLinks: [],
    },
    {
      id: 'IV.10',
      number: 10,
      heading: 'Ủy ban nhân dân các huyện, thành phố',
      agencyIds: ['dak-nong.ubnd-cac-huyen'],
      role: 'participant',
      responsibilities: [
        {
          id: 'IV.10.1',
          text: {
            vi: 'Triển khai thực hiện chương trình, kế hoạch hành động vì trẻ em giai đoạn 2021-2030 và lồng ghép các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp Kế hoạch vào kế hoạch phát triển kinh tế - xã hội 5 năm, hằng năm của địa phương.',
          },
        },
        {
          id: 'IV.10.2',
          text: {
            vi: 'Bố trí ngân sách thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Kế hoạch tại địa phương; đối ứng ngân sách địa phương để thực hiện, nhân rộng các mô hình, giải pháp về thực hiện quyền trẻ em trong các chương trình, kế hoạch, dự án; rà soát, ưu tiên đầu tư ngân sách địa phương để duy trì, phát triển các cơ sở có chức năng, nhiệm vụ cung cấp dịch vụ bảo vệ trẻ em trên địa bàn.',
          },
        },
        {
          id: 'IV.10.3',
          text: {
            vi: 'Thường xuyên kiểm tra, thanh tra, rà soát việc bảo đảm môi trường sống an toàn, lành mạnh, thân thiện với trẻ em; phòng, chống xâm hại trẻ em và tai nạn, thương tích trẻ em; chỉ đạo xử lý nghiêm và kịp thời các vụ việc xâm hại trẻ em trên địa bàn.',
          },
        },
        {
          id: 'IV.10.4',
          text: {
            vi: 'Theo dõi, đánh giá, báo cáo việc thực hiện chương trình, kế hoạch hành động vì trẻ em của địa phương.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.1.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.10 "Triển khai thực hiện chương trình, kế hoạch hành động vì trẻ em" tương ứng II.1.a; "địa phương" của mục II.1 được hiểu là UBND các huyện, thành phố.',
            en: 'IV.10 carrying out the action programme corresponds to II.1.a; "địa phương" in II.1 is read as the district-level People\'s Committees.',
          },
        },
        {
          taskId: 'II.1.b',
          basis: 'as_issued',
          note: {
            vi: 'IV.10, gạch đầu dòng 1 nhắc lại II.1.b: "lồng ghép các mục tiêu, chỉ tiêu ... vào kế hoạch phát triển kinh tế - xã hội 5 năm, hằng năm của địa phương".',
            en: 'IV.10, first bullet restates II.1.b: integrating the targets into the five-year and yearly socio-economic plans of the locality.',
          },
        },
        {
          taskId: 'II.1.c',
          basis: 'interpretation',
          note: {
            vi: 'II.1.c nêu người đứng đầu "địa phương", được hiểu là UBND các huyện, thành phố.',
            en: "II.1.c names the heads of localities, read as the district-level People's Committees.",
          },
        },
        {
          taskId: 'II.2.c',
          basis: 'interpretation',
          note: {
            vi: 'IV.10 "duy trì, phát triển các cơ sở có chức năng, nhiệm vụ cung cấp dịch vụ bảo vệ trẻ em" tương ứng II.2.c.',
            en: 'IV.10 maintaining and developing child-protection service facilities corresponds to II.2.c.',
          },
        },
        {
          taskId: 'II.4.c',
          basis: 'interpretation',
          note: {
            vi: 'IV.10 "Bố trí ngân sách thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp" tương ứng II.4.c.',
            en: 'IV.10 allocating budget to the targets and tasks corresponds to II.4.c.',
          },
        },
        {
          taskId: 'II.6.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.10 "kiểm tra, thanh tra ... xử lý nghiêm và kịp thời các vụ việc xâm hại trẻ em" tương ứng II.6.a.',
            en: 'IV.10 inspecting and handling abuse cases corresponds to II.6.a.',
          },
        },
        {
          taskId: 'II.6.b',
          basis: 'interpretation',
          note: {
            vi: 'IV.10 "Theo dõi, đánh giá, báo cáo việc thực hiện" tương ứng II.6.b.',
            en: 'IV.10 monitoring, evaluating and reporting corresponds to II.6.b.',
          },
        },
      ],
      measureLinks: [
        {
          measureId: 'qd23.1',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: chỉ tiêu đo theo xã, phường, thị trấn (1, 21) giao chính quyền địa phương.',
            en: "By subject: indicators counted by commune (1, 21) fall to the local People's Committees.",
          },
        },
        {
          measureId: 'qd23.21',
          basis: 'interpretation',
          note: {
            vi: 'Theo lĩnh vực: chỉ tiêu đo theo xã, phường, thị trấn (1, 21) giao chính quyền địa phương.',
            en: "By subject: indicators counted by commune (1, 21) fall to the local People's Committees.",
          },
        },
      ],
    },
    {
      id: 'IV.11',
      number: 11,
      heading:
        'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh, Hội Liên hiệp phụ nữ tỉnh',
      agencyIds: ['dak-nong.mttq', 'dak-nong.tinh-doan', 'dak-nong.hoi-lhpn'],
      role: 'participant',
      requested: true,
      responsibilities: [
        {
          id: 'IV.11.1',
          text: {
            vi: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh, Hội Liên hiệp phụ nữ tỉnh trong phạm vi chức năng, nhiệm vụ của mình tham gia và vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp của Kế hoạch.',
          },
        },
      ],
      taskLinks: [
        {
          taskId: 'II.5.a',
          basis: 'interpretation',
          note: {
            vi: 'IV.11 "vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện" thuộc nhóm II.5 (vận động nguồn lực và sự tham gia của xã hội).',
            en: 'IV.11 mobilising members and the people belongs to group II.5 (mobilising resources and social participation).',
          },
        },
        {
          taskId: 'II.5.b',
          basis: 'interpretation',
          note: {
            vi: 'IV.11 vận động tham gia tương ứng II.5.b (phong trào, mạng lưới tình nguyện).',
            en: 'IV.11 mobilisation corresponds to II.5.b (movements and volunteer networks).',
          },
        },
      ],
      measureLinks: [],
    },
  ],
  reporting: {
    frequency: 'yearly',
    due: { month: 12, day: 15 },
    timeZone: 'Asia/Ho_Chi_Minh',
    recipientAgencyId: 'dak-nong.ubnd',
    viaAgencyId: 'dak-nong.so-ldtbxh',
    viaFunction: 'children',
    text: {
      vi: 'Trên đây là Kế hoạch Triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 của UBND tỉnh, yêu cầu các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố và đề nghị các tổ chức chính trị - xã hội tỉnh phối hợp triển khai thực hiện; báo cáo kết quả thực hiện hàng năm trước ngày 15/12 về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)/.',
    },
  },
  closing: {
    vi: 'Trên đây là Kế hoạch Triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030 của UBND tỉnh, yêu cầu các Sở, Ban, ngành, Ủy ban nhân dân các huyện, thành phố và đề nghị các tổ chức chính trị - xã hội tỉnh phối hợp triển khai thực hiện; báo cáo kết quả thực hiện hàng năm trước ngày 15/12 về Ủy ban nhân dân tỉnh (qua Sở Lao động - Thương binh và Xã hội)/.',
  },
  recipients: [
    'Bộ LĐ-TB&XH (B/c);',
    'TT. Tỉnh ủy (B/c);',
    'TT. HĐND tỉnh (B/c);',
    'CT, các PCT UBND tỉnh;',
    'Ủy ban MTTQ Việt Nam tỉnh;',
    'Ban Tuyên giáo Tỉnh ủy;',
    'Các Sở, Ban, ngành, đoàn thể tỉnh;',
    'CVP, các PCVP UBND tỉnh;',
    'UBND các huyện, thành phố;',
    'Lưu: VT, CTTĐT, KGVX(Hp).',
  ],
  signer: {
    name: 'Tôn Thị Ngọc Hạnh',
    titleLines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
  },
  source: {
    title:
      'Kế hoạch Triển khai thực hiện Chương trình hành động vì trẻ em tỉnh Đắk Nông giai đoạn 2021-2030, UBND tỉnh Đắk Nông, Số: /KH-UBND, tháng 02 năm 2021',
    note: 'Văn bản như ban hành: packages/plans/sources/dak-nong-2021/plan.md.',
  },
};
