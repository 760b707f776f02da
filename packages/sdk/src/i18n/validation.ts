import type { Bilingual } from './messages.js';

/**
 * One validation problem, naming the field by its path ("content.measures.3.value") and saying
 * what was expected in Vietnamese and English. This is what the API returns as field errors.
 */
export interface FieldError {
  path: string;
  code: string;
  message: Bilingual;
}

/** The subset of a zod issue this module reads; keeps it independent of zod's internals. */
interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  format?: string;
  values?: readonly unknown[];
  keys?: string[];
}

/** Codes we raise ourselves in refinements, with their texts. */
const ONCE: Bilingual = { vi: 'mỗi mục chỉ xuất hiện một lần', en: 'each entry only once' };

const custom: Record<string, Bilingual> = {
  id: {
    vi: 'mã định danh chỉ gồm chữ, số và . _ : -',
    en: 'an identifier of letters, digits and . _ : -',
  },
  not_finite: { vi: 'một số hữu hạn', en: 'a finite number' },
  partial_date_day_without_month: {
    vi: 'có tháng khi đã có ngày',
    en: 'a month whenever a day is given',
  },
  partial_date_invalid_day: {
    vi: 'một ngày có thật trong tháng',
    en: 'a day that exists in that month',
  },
  validity_order: {
    vi: 'ngày kết thúc sau ngày bắt đầu',
    en: 'an end date after the start date',
  },
  year_range_order: {
    vi: 'năm kết thúc sau năm bắt đầu',
    en: 'an end year after the start year',
  },
  aim_below_minimum: {
    vi: 'mức phấn đấu không thấp hơn mức tối thiểu',
    en: 'an aim no lower than the minimum',
  },
  milestone_outside_period: {
    vi: 'các mốc nằm trong giai đoạn của kế hoạch',
    en: "milestones inside the plan's period",
  },
  unknown_task_link: {
    vi: 'liên kết tới nhiệm vụ có trong kế hoạch',
    en: 'links to tasks that exist in the plan',
  },
  numerator_denominator_pair: {
    vi: 'tử số và mẫu số đi cùng nhau',
    en: 'numerator and denominator given together',
  },
  numerator_above_denominator: {
    vi: 'tử số không lớn hơn mẫu số',
    en: 'a numerator no larger than the denominator',
  },
  missing_value_needs_note: {
    vi: 'ghi chú lý do khi không có số liệu',
    en: 'a note explaining why the value is missing',
  },
  invalid_characters: {
    vi: 'văn bản không có ký tự điều khiển (trừ tab, xuống dòng), U+FFFE, U+FFFF hay ký tự cấm khác',
    en: 'text without control characters (but tab, line ends), U+FFFE, U+FFFF or other forbidden characters',
  },
  http_url: { vi: 'một địa chỉ http:// hoặc https://', en: 'an http:// or https:// address' },
  indicator_code: { vi: 'mã như 3, 3a, 3.1, II.3', en: 'a code such as 3, 3a, 3.1, II.3' },
  duplicate_entry: ONCE,
  // A second item with the same id (its path names the id).
  duplicate_id: ONCE,
  unknown_task: {
    vi: 'nhiệm vụ được giao cho cơ quan',
    en: 'a task assigned to the agency',
  },
  unknown_measure: {
    vi: 'chỉ số được giao cho cơ quan',
    en: 'a measure assigned to the agency',
  },
  unknown_funding: {
    vi: 'nguồn kinh phí có trong kế hoạch',
    en: 'a funding source of the plan',
  },
  required_for_submit: {
    vi: 'thông tin bắt buộc trước khi nộp',
    en: 'information required before submitting',
  },
};

const typeNames: Record<string, Bilingual> = {
  string: { vi: 'chuỗi ký tự', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  int: { vi: 'số nguyên', en: 'a whole number' },
  boolean: { vi: 'đúng/sai', en: 'true or false' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'null', en: 'null' },
};

/** Render a zod issue path the way a person reads it: `content.measures.3.value`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

function expectedOf(issue: IssueLike): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      const t = typeNames[String(issue.expected)] ?? {
        vi: String(issue.expected),
        en: String(issue.expected),
      };
      return t;
    }
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { vi: 'không được để trống', en: 'not blank' }
          : { vi: `ít nhất ${n} ký tự`, en: `at least ${n} characters` };
      if (issue.origin === 'array') return { vi: `ít nhất ${n} mục`, en: `at least ${n} items` };
      return issue.inclusive
        ? { vi: `một số ≥ ${n}`, en: `a number ≥ ${n}` }
        : { vi: `một số > ${n}`, en: `a number > ${n}` };
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string') return { vi: `tối đa ${n} ký tự`, en: `at most ${n} characters` };
      if (issue.origin === 'array') return { vi: `tối đa ${n} mục`, en: `at most ${n} items` };
      return issue.inclusive
        ? { vi: `một số ≤ ${n}`, en: `a number ≤ ${n}` }
        : { vi: `một số < ${n}`, en: `a number < ${n}` };
    }
    case 'invalid_format':
      // A pattern with a named rule of its own (`{ error: 'id' }`) says that rule.
      if (issue.format === 'regex' && custom[issue.message]) return custom[issue.message]!;
      return {
        vi: `định dạng ${issue.format ?? ''}`.trim(),
        en: `the ${issue.format ?? ''} format`.replace('  ', ' '),
      };
    case 'invalid_value': {
      const list = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return { vi: `một trong: ${list}`, en: `one of: ${list}` };
    }
    case 'unrecognized_keys':
      // One error per key (see toFieldErrors), whose path ends with the key.
      return { vi: 'không có trường này (trường lạ)', en: 'no such field (unknown field)' };
    case 'invalid_union':
      return {
        vi: 'một trong các dạng cho phép',
        en: 'one of the allowed shapes',
      };
    case 'not_multiple_of':
      return { vi: 'bội số hợp lệ', en: 'a valid multiple' };
    default: {
      const known = custom[issue.message];
      return known ?? { vi: 'giá trị hợp lệ', en: 'a valid value' };
    }
  }
}

/**
 * Turn zod issues into field errors in both languages, e.g.
 * vi: "Trường content.budget.0.spent: cần một số ≥ 0", en: "Field content.budget.0.spent: expected a number ≥ 0".
 */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  // An object with unknown keys is one zod issue; it becomes one error per key, at the key's own
  // path (`content.measures.0.sex`), so that each names the field that is not allowed.
  const split = issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? (issue.keys ?? []).map((k) => ({ ...issue, path: [...issue.path, k] }))
      : [issue],
  );
  return split.map((issue) => {
    const path = formatPath(issue.path);
    const expected = expectedOf(issue);
    const named = issue.code === 'custom' || (issue.code === 'invalid_format' && issue.format === 'regex');
    const code = named && custom[issue.message] ? issue.message : issue.code;
    return {
      path,
      code,
      message: {
        vi: `Trường ${path}: cần ${expected.vi}`,
        en: `Field ${path}: expected ${expected.en}`,
      },
    };
  });
}
